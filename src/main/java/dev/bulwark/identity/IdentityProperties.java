package dev.bulwark.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection and session limits.
 *
 * @param maxFailedSignIns consecutive wrong passwords before the account is locked
 * @param lockoutDuration how long such a lock lasts
 * @param apiTokenMaxDays longest lifetime of a personal API token
 * @param publicUrl the address people use to reach Bulwark; passkeys are bound to its
 * host name
 */
@ConfigurationProperties("bulwark.security")
record IdentityProperties(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("365") int apiTokenMaxDays, @DefaultValue("") String publicUrl) {

}
