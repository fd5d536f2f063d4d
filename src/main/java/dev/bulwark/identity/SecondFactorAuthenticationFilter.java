package dev.bulwark.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Processes {@code POST /mfa/totp} and {@code POST /mfa/recovery}. The person is taken
 * from the session's password authentication, never from the request, so a code can only
 * ever complete the sign-in that is already under way.
 */
class SecondFactorAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

	static final String TOTP_PATH = "/mfa/totp";

	static final String RECOVERY_PATH = "/mfa/recovery";

	SecondFactorAuthenticationFilter() {
		super(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TOTP_PATH),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, RECOVERY_PATH)));
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException {
		Authentication current = PracticeAuthentication.unwrap(SecurityContextHolder.getContext().getAuthentication());
		if (current == null || !current.isAuthenticated()
				|| current.getAuthorities()
					.stream()
					.noneMatch((authority) -> Factors.PASSWORD.equals(authority.getAuthority()))) {
			throw new InsufficientAuthenticationException("Sign in with your password first");
		}
		String factor = request.getRequestURI().endsWith(RECOVERY_PATH) ? Factors.RECOVERY_CODE : Factors.TOTP;
		String code = request.getParameter("code");
		SecondFactorAuthenticationToken attempt = SecondFactorAuthenticationToken.unauthenticated(current.getName(),
				factor, code == null ? "" : code);
		attempt.setDetails(this.authenticationDetailsSource.buildDetails(request));
		return getAuthenticationManager().authenticate(attempt);
	}

}
