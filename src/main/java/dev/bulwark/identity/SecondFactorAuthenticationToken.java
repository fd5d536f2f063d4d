package dev.bulwark.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A TOTP or recovery-code authentication. It declares its own {@link #toBuilder()}, which
 * is what lets Spring Security merge it with the password authentication already in the
 * session instead of replacing it (without it the password factor would silently be
 * dropped).
 */
final class SecondFactorAuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final String factor;

	private transient String code;

	private SecondFactorAuthenticationToken(String username, String factor, String code,
			Collection<? extends GrantedAuthority> authorities, boolean authenticated) {
		super(authorities);
		this.username = username;
		this.factor = factor;
		this.code = code;
		setAuthenticated(authenticated);
	}

	private SecondFactorAuthenticationToken(Builder builder) {
		super(builder);
		this.username = builder.username;
		this.factor = builder.factor;
		this.code = null;
	}

	static SecondFactorAuthenticationToken unauthenticated(String username, String factor, String code) {
		return new SecondFactorAuthenticationToken(username, factor, code, List.of(), false);
	}

	static SecondFactorAuthenticationToken authenticated(String username, String factor,
			Collection<? extends GrantedAuthority> authorities) {
		return new SecondFactorAuthenticationToken(username, factor, null, authorities, true);
	}

	String factor() {
		return this.factor;
	}

	@Override
	public Object getCredentials() {
		return this.code;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	@Override
	public String getName() {
		return this.username;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.code = null;
	}

	@Override
	public Builder toBuilder() {
		return new Builder(this);
	}

	static final class Builder extends AbstractAuthenticationBuilder<Builder> {

		private String username;

		private final String factor;

		private Builder(SecondFactorAuthenticationToken token) {
			super(token);
			this.username = token.username;
			this.factor = token.factor;
		}

		@Override
		public Builder principal(Object principal) {
			this.username = String.valueOf(principal);
			return this;
		}

		@Override
		public SecondFactorAuthenticationToken build() {
			return new SecondFactorAuthenticationToken(this);
		}

	}

}
