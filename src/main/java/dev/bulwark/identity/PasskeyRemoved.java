package dev.bulwark.identity;

import java.util.UUID;

/** A passkey was removed from a person's account. */
public record PasskeyRemoved(UUID practiceId, UUID userId, String person, String label) implements IdentityEvent {

	@Override
	public String action() {
		return "mfa.passkey-removed";
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
		return "Passkey \"" + this.label + "\" removed";
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
