package dev.bulwark.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Checks a TOTP or recovery code for the person who already gave their password, and
 * grants the matching factor authority.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

	private final UserAccountRepository users;

	private final SecondFactors secondFactors;

	private final Clock clock;

	SecondFactorAuthenticationProvider(UserAccountRepository users, SecondFactors secondFactors, Clock clock) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		SecondFactorAuthenticationToken token = (SecondFactorAuthenticationToken) authentication;
		UserAccount user = this.users.findByEmail(token.getName())
			.filter(UserAccount::active)
			.orElseThrow(() -> new BadCredentialsException("Unknown account"));
		String code = String.valueOf(token.getCredentials());
		SecondFactors.Outcome outcome = Factors.RECOVERY_CODE.equals(token.factor())
				? this.secondFactors.useRecoveryCode(user, code) : this.secondFactors.verifyTotp(user, code);
		if (outcome == SecondFactors.Outcome.THROTTLED) {
			throw new CodesPausedException();
		}
		if (outcome != SecondFactors.Outcome.ACCEPTED) {
			throw new BadCredentialsException("Wrong code");
		}
		return SecondFactorAuthenticationToken.authenticated(user.email(), token.factor(),
				List.of(FactorGrantedAuthority.withAuthority(token.factor()).issuedAt(this.clock.instant()).build()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SecondFactorAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many wrong codes in a row; the person must wait before trying again. */
	static final class CodesPausedException extends AuthenticationException {

		CodesPausedException() {
			super("Too many wrong codes");
		}

	}

}
