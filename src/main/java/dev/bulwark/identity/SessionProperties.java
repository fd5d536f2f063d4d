package dev.bulwark.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session limits (automatic logoff, 164.312(a)(2)(iii)).
 *
 * @param idleTimeout default idle timeout for new practices and before a practice is
 * chosen
 * @param maxIdleTimeout upper bound for any practice's own setting
 * @param absoluteTimeout a session ends this long after it began, however active it is
 */
@ConfigurationProperties("bulwark.session")
record SessionProperties(@DefaultValue("15m") Duration idleTimeout, @DefaultValue("60m") Duration maxIdleTimeout,
		@DefaultValue("12h") Duration absoluteTimeout) {

}
