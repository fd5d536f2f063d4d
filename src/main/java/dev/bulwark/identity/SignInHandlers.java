package dev.bulwark.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after each sign-in step: counting wrong passwords and locking the account,
 * writing the audit trail, and sending the person on to the next step. Messages never say
 * whether an account exists.
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
			this.audit.recordUnknownAccount("signin.failed", "Sign-in failed: unknown account");
			return;
		}
		if (exception instanceof LockedException) {
			this.audit.record(user, "signin.refused-locked", "Sign-in refused: account temporarily locked");
			return;
		}
		int failures = user.failedSignIns() + 1;
		Instant lockedUntil = null;
		if (failures >= this.properties.maxFailedSignIns()) {
			lockedUntil = this.clock.instant().plus(this.properties.lockoutDuration());
		}
		this.users.recordFailedSignIn(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
		this.audit.record(user, "signin.failed", "Wrong password (" + failures + " in a row)");
		if (lockedUntil != null) {
			this.audit.record(user, "account.locked",
					"Account locked for " + this.properties.lockoutDuration().toMinutes() + " minutes after " + failures
							+ " wrong passwords");
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
	 * Wraps the passkey filter's JSON success response so passkey sign-ins are recorded
	 * too.
	 */
	AuthenticationSuccessHandler passkeySuccess(AuthenticationSuccessHandler delegate) {
		return (request, response, authentication) -> {
			signedIn(authentication, "passkey");
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler passkeyFailure(AuthenticationFailureHandler delegate) {
		return (request, response, exception) -> {
			this.audit.recordUnknownAccount("signin.passkey-failed", "Passkey sign-in failed");
			delegate.onAuthenticationFailure(request, response, exception);
		};
	}

	void signedIn(Authentication authentication, String factor) {
		this.users.findByEmail(authentication.getName()).ifPresent((user) -> {
			this.users.recordSignedIn(user.id(), this.clock.instant());
			this.audit.record(user, "signin.succeeded", "Signed in with password and " + factor);
		});
	}

	private static String describe(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> Factors.RECOVERY_CODE.equals(a.getAuthority()))
				? "recovery code" : "authenticator code";
	}

}
