package dev.bulwark.identity;

import java.util.UUID;

/** A person added a passkey to their account. */
public record PasskeyAdded(UUID practiceId, UUID userId, String person, String label) implements IdentityEvent {

	@Override
	public String action() {
		return "mfa.passkey-added";
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
		return "Passkey \"" + this.label + "\" added";
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
