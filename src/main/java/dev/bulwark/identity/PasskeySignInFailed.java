package dev.bulwark.identity;

import java.util.UUID;

/**
 * A passkey sign-in failed without a password step this account had passed (unknown or
 * mismatched account).
 */
public record PasskeySignInFailed(UUID practiceId, UUID userId, String person, String reason) implements IdentityEvent {

	@Override
	public String action() {
		return "signin.passkey-failed";
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
		return "Passkey sign-in failed: " + this.reason;
	}

	@Override
	public UUID actorUserId() {
		return this.userId;
	}

	@Override
	public String actorLabel() {
		return this.person;
	}

	/** For an attempt not tied to a known account: nothing identifying is kept. */
	static PasskeySignInFailed unknownAccount(String reason) {
		return new PasskeySignInFailed(null, null, "unknown account", reason);
	}

}
