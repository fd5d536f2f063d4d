package dev.bulwark.identity;

import java.util.UUID;

/** A person signed in with one of their recovery codes. */
public record RecoveryCodeUsed(UUID practiceId, UUID userId, String person, long left) implements IdentityEvent {

	@Override
	public String action() {
		return "mfa.recovery-code-used";
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
		return "Signed in with a recovery code; " + this.left + " left";
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
