package dev.bulwark.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Backs {@link PasswordStepOnly}: true once the password factor is present. */
@Component("passwordStep")
class PasswordStep {

	public boolean given(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> Factors.PASSWORD.equals(authority.getAuthority()));
	}

}
