package dev.bulwark.identity;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens after each sign-in step: counting wrong passwords and locking the account,
 * writing the audit trail, and sending the person on to the next step. Password, code and
 * passkey steps are all audited the same way. Messages never say whether an account
 * exists.
 */
@Component
class SignInHandlers {

	private final UserAccountRepository users;

	private final IdentityAudit audit;

	private final IdentityProperties properties;

	private final Clock clock;

	SignInHandlers(UserAccountRepository users, IdentityAudit audit, IdentityProperties properties, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Password accepted: go on to the second factor (or to setting one up). */
	AuthenticationSuccessHandler passwordSuccess() {
		return (request, response, authentication) -> {
			this.users.findByEmail(authentication.getName()).ifPresent((user) -> {
				this.users.recordPasswordAccepted(user.id());
			});
			response.sendRedirect(request.getContextPath() + "/mfa");
		};
	}

	AuthenticationFailureHandler passwordFailure() {
		return (request, response, exception) -> {
			passwordFailed(request.getParameter("username"), exception);
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	void passwordFailed(String email, AuthenticationException exception) {
		UserAccount user = email == null ? null : this.users.findByEmail(email).orElse(null);
		if (user == null) {
			this.audit.publish(SignInFailed.unknownAccount());
			return;
		}
		String person = IdentityAudit.person(user);
		if (exception instanceof LockedException) {
			this.audit.forAccount(user.id(), (practiceId) -> new SignInRefusedLocked(practiceId, user.id(), person));
			return;
		}
		int failures = user.failedSignIns() + 1;
		Instant lockedUntil = null;
		if (failures >= this.properties.maxFailedSignIns()) {
			lockedUntil = this.clock.instant().plus(this.properties.lockoutDuration());
		}
		this.users.recordFailedSignIn(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
		this.audit.forAccount(user.id(), (practiceId) -> new SignInFailed(practiceId, user.id(), person, failures));
		if (lockedUntil != null) {
			long minutes = this.properties.lockoutDuration().toMinutes();
			this.audit.forAccount(user.id(),
					(practiceId) -> new AccountLocked(practiceId, user.id(), person, minutes, failures));
		}
	}

	/**
	 * Second factor accepted: the person is signed in; return to the page they asked for.
	 */
	AuthenticationSuccessHandler secondFactorSuccess() {
		SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			signedIn(authentication, describe(authentication));
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler secondFactorFailure() {
		return (request, response, exception) -> {
			String base = request.getContextPath() + "/mfa";
			boolean recovery = request.getRequestURI().endsWith(SecondFactorAuthenticationFilter.RECOVERY_PATH);
			String query = exception instanceof SecondFactorAuthenticationProvider.CodesPausedException ? "paused"
					: "error";
			response.sendRedirect(base + (recovery ? "/recovery?" : "?") + query);
		};
	}

	/**
	 * The passkey filter's success handler: audit the sign-in like a code, then answer as
	 * Spring Security's passkey script expects (JSON with where to go next). A passkey of
	 * another account than the password's does not complete the sign-in (Spring Security
	 * does not merge the two), so it is recorded as a failure.
	 */
	AuthenticationSuccessHandler passkeySuccess() {
		HttpMessageConverterAuthenticationSuccessHandler delegate = new HttpMessageConverterAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			boolean withPassword = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> Factors.PASSWORD.equals(authority.getAuthority()));
			if (withPassword) {
				signedIn(authentication, "passkey");
			}
			else {
				// The session now holds the passkey's account without a password:
				// it opens nothing, and the script's next page asks for the password
				// again.
				this.users.findByEmail(authentication.getName())
					.ifPresent((user) -> this.audit.forAccount(user.id(),
							(practiceId) -> new PasskeySignInFailed(practiceId, user.id(), IdentityAudit.person(user),
									"the passkey was given after another account's password")));
			}
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * The passkey filter's failure handler: audit it against the person whose password
	 * step is under way (the failure itself carries no account), then answer 401 as
	 * Spring Security's passkey script expects.
	 */
	AuthenticationFailureHandler passkeyFailure() {
		AuthenticationFailureHandler delegate = new AuthenticationEntryPointFailureHandler(
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		return (request, response, exception) -> {
			passkeyRejected(request);
			delegate.onAuthenticationFailure(request, response, exception);
		};
	}

	private void passkeyRejected(HttpServletRequest request) {
		UserAccount user = passwordStepUser(request);
		if (user == null) {
			this.audit.publish(PasskeySignInFailed.unknownAccount("not accepted"));
			return;
		}
		this.audit.forAccount(user.id(), (practiceId) -> new SecondFactorFailed(practiceId, user.id(),
				IdentityAudit.person(user), "passkey", 0, false));
	}

	/**
	 * The account whose password was given in this session. The filter has cleared the
	 * request's context by the time a failure is handled, so it is read from the session.
	 */
	private UserAccount passwordStepUser(HttpServletRequest request) {
		var session = request.getSession(false);
		Object stored = (session != null)
				? session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) : null;
		if (!(stored instanceof SecurityContext context) || context.getAuthentication() == null) {
			return null;
		}
		Authentication authentication = context.getAuthentication();
		boolean password = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Factors.PASSWORD.equals(authority.getAuthority()));
		return password ? this.users.findByEmail(authentication.getName()).orElse(null) : null;
	}

	void signedIn(Authentication authentication, String method) {
		this.users.findByEmail(authentication.getName()).ifPresent((user) -> {
			this.users.recordSignedIn(user.id(), this.clock.instant());
			this.audit.forAccount(user.id(),
					(practiceId) -> new SignedIn(practiceId, user.id(), IdentityAudit.person(user), method));
		});
	}

	private static String describe(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> Factors.RECOVERY_CODE.equals(a.getAuthority()))
				? "recovery code" : "authenticator code";
	}

}
