package dev.bulwark.identity;

import java.util.UUID;

import dev.bulwark.shared.Role;

/** An invited person joined the practice with their own account. */
public record InvitationAccepted(UUID practiceId, UUID userId, String person, Role role) implements IdentityEvent {

	@Override
	public String action() {
		return "user.joined";
	}

	@Override
	public String objectType() {
		return "user";
	}

	@Override
	public String objectId() {
		return this.userId == null ? null : this.userId.toString();
	}

	@Override
	public String summary() {
		return this.person + " accepted the invitation as " + this.role.label();
	}

	@Override
	public UUID actorUserId() {
		return this.userId;
	}

	@Override
	public String actorLabel() {
		return this.person;
	}

}
