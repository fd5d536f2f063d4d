package dev.bulwark.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account for password sign-in. Roles are not granted here: they depend on the
 * practice and are resolved per request by {@link PracticeContextFilter}.
 */
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByEmail(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.disabled(!account.active())
			.accountLocked(account.lockedAt(this.clock.instant()))
			.authorities(List.of())
			.build();
	}

}
