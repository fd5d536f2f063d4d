package dev.bulwark.identity;

import java.util.UUID;

import dev.bulwark.shared.Role;

/** A security officer changed a member's role. */
public record RoleChanged(UUID practiceId, UUID userId, String person, Role from, Role to) implements IdentityEvent {

	@Override
	public String action() {
		return "user.role-changed";
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
		return this.person + ": " + this.from.label() + " -> " + this.to.label();
	}

}
