package dev.bulwark.identity;

import org.springframework.security.core.authority.FactorGrantedAuthority;

/** Names of the authentication factors Bulwark uses. */
final class Factors {

	static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;

	static final String PASSKEY = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

	/**
	 * Spring Security 7 has no TOTP factor; ours is granted by
	 * {@link SecondFactorAuthenticationProvider}.
	 */
	static final String TOTP = "FACTOR_TOTP";

	static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	/**
	 * Granted to requests authenticated with a personal API token (created by a fully
	 * signed-in user).
	 */
	static final String API_TOKEN = "FACTOR_API_TOKEN";

	private Factors() {
	}

	static boolean isFactor(String authority) {
		return authority != null && authority.startsWith("FACTOR_");
	}

}
