package dev.bulwark.identity;

import java.util.UUID;

import dev.bulwark.shared.Role;

/** A security officer invited a person to the practice. */
public record InvitationSent(UUID practiceId, UUID invitationId, String name, String email,
		Role role) implements IdentityEvent {

	@Override
	public String action() {
		return "user.invited";
	}

	@Override
	public String objectType() {
		return "invitation";
	}

	@Override
	public String objectId() {
		return this.invitationId.toString();
	}

	@Override
	public String summary() {
		return "Invited " + this.name + " <" + this.email + "> as " + this.role.label();
	}

}
