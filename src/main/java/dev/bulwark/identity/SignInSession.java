package dev.bulwark.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Changes the session's authentication outside the sign-in filters: after first-run
 * set-up and invitation acceptance (the new password counts as the password factor) and
 * after TOTP enrolment (the confirmed code counts as the second factor). The session id
 * is rotated each time, against session fixation.
 */
@Component
class SignInSession {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final java.time.Clock clock;

	SignInSession(java.time.Clock clock) {
		this.clock = clock;
	}

	/** Signs a person in with the password factor only; the second factor comes next. */
	void passwordOnly(String email, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(email, null,
				List.of(factor(Factors.PASSWORD)));
		save(authentication, request, response);
	}

	/** Adds a factor to the session's authentication. */
	void addFactor(String factorAuthority, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = PracticeAuthentication.unwrap(SecurityContextHolder.getContext().getAuthentication());
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(factor(factorAuthority));
		Authentication upgraded = UsernamePasswordAuthenticationToken.authenticated(current.getName(), null,
				authorities);
		save(upgraded, request, response);
	}

	private FactorGrantedAuthority factor(String authority) {
		return FactorGrantedAuthority.withAuthority(authority).issuedAt(this.clock.instant()).build();
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
