package dev.bulwark.identity;

import java.util.UUID;

/** A security officer withdrew an open invitation; its link stopped working. */
public record InvitationWithdrawn(UUID practiceId, UUID invitationId) implements IdentityEvent {

	@Override
	public String action() {
		return "user.invitation-revoked";
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
		return "Invitation withdrawn";
	}

}
