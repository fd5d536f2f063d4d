package dev.bulwark.identity;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Adds the TOTP / recovery-code filter with the same session strategy (session id
 * rotation) and security context repository as the built-in sign-in filters, and with
 * factor merging on, so the code is added to the password authentication rather than
 * replacing it.
 */
class SecondFactorConfigurer extends AbstractHttpConfigurer<SecondFactorConfigurer, HttpSecurity> {

	private final SecondFactorAuthenticationProvider provider;

	private final AuthenticationSuccessHandler success;

	private final AuthenticationFailureHandler failure;

	SecondFactorConfigurer(SecondFactorAuthenticationProvider provider, AuthenticationSuccessHandler success,
			AuthenticationFailureHandler failure) {
		this.provider = provider;
		this.success = success;
		this.failure = failure;
	}

	@Override
	public void configure(HttpSecurity http) {
		SecondFactorAuthenticationFilter filter = new SecondFactorAuthenticationFilter();
		filter.setAuthenticationManager(new ProviderManager(this.provider));
		filter.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
		filter.setSecurityContextRepository(http.getSharedObject(SecurityContextRepository.class));
		filter.setAuthenticationSuccessHandler(this.success);
		filter.setAuthenticationFailureHandler(this.failure);
		filter.setMfaEnabled(true);
		http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
	}

}
