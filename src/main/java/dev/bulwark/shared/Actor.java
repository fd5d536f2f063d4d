package dev.bulwark.shared;

import java.util.UUID;

/**
 * The person behind the current request, resolved fresh on every request from the
 * database so that a role change or deactivation takes effect immediately.
 *
 * @param userId the account
 * @param email the account's e-mail address (its sign-in name)
 * @param displayName the person's name
 * @param practiceId the practice the person is working in, or {@code null} if they have
 * none
 * @param practiceName that practice's name, or {@code null}
 * @param role the person's role in that practice, or {@code null}
 * @param viaApiToken whether the request was authenticated with a personal API token
 */
public record Actor(UUID userId, String email, String displayName, UUID practiceId, String practiceName, Role role,
		boolean viaApiToken) implements java.io.Serializable {

	public boolean hasPractice() {
		return this.practiceId != null && this.role != null;
	}

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	public boolean canEdit() {
		return this.role != null && this.role.canEdit();
	}

}
