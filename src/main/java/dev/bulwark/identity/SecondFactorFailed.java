package dev.bulwark.identity;

import java.util.UUID;

/**
 * A wrong authenticator or recovery code, or a passkey that was not accepted, after the
 * right password.
 */
public record SecondFactorFailed(UUID practiceId, UUID userId, String person, String kind, int failuresInARow,
		boolean paused) implements IdentityEvent {

	@Override
	public String action() {
		return "signin.second-factor-failed";
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
		return "passkey".equals(this.kind) ? "Passkey not accepted" : "Wrong " + this.kind + " (" + this.failuresInARow
				+ " in a row" + (this.paused ? "; codes paused)" : ")");
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
