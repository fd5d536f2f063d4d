package dev.bulwark.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Permission;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication seen by authorization and controllers for one request: the factors
 * the person proved (kept from the session's own authentication) plus the role they hold
 * <em>right now</em> in the practice they are working in. It is built fresh on every
 * request and never stored, so a role change or a deactivation takes effect on the very
 * next request.
 */
final class PracticeAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final transient Authentication delegate;

	PracticeAuthentication(Actor actor, Collection<? extends GrantedAuthority> authorities, Authentication delegate) {
		super(authorities);
		this.actor = actor;
		this.delegate = delegate;
		setAuthenticated(true);
	}

	static PracticeAuthentication of(Actor actor, Authentication delegate) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GrantedAuthority authority : delegate.getAuthorities()) {
			if (Factors.isFactor(authority.getAuthority())) {
				authorities.add(authority);
			}
		}
		authorities.addAll(roleAuthorities(actor));
		return new PracticeAuthentication(actor, authorities, delegate);
	}

	/**
	 * The role and, from the one permission table, every permission it holds in the
	 * current practice.
	 */
	static List<GrantedAuthority> roleAuthorities(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (actor.hasPractice()) {
			authorities.add(new SimpleGrantedAuthority(actor.role().authority()));
			for (Permission permission : actor.role().permissions()) {
				authorities.add(new SimpleGrantedAuthority(permission.authority()));
			}
		}
		// Above the practices: the MSP role grants only the installation-wide
		// permissions.
		if (actor.mspRole() != null) {
			for (Permission permission : Permission.of(actor.mspRole())) {
				authorities.add(new SimpleGrantedAuthority(permission.authority()));
			}
		}
		return authorities;
	}

	/**
	 * The session's own authentication behind a per-request wrapper (or the argument
	 * itself).
	 */
	static Authentication unwrap(Authentication authentication) {
		return authentication instanceof PracticeAuthentication wrapper ? wrapper.delegate : authentication;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Actor getPrincipal() {
		return this.actor;
	}

	@Override
	public String getName() {
		return this.actor.email();
	}

}
