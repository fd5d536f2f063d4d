package dev.bulwark.identity;

import java.util.UUID;

/** The right or a wrong password was given while the account was locked. */
public record SignInRefusedLocked(UUID practiceId, UUID userId, String person) implements IdentityEvent {

	@Override
	public String action() {
		return "signin.refused-locked";
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
		return "Sign-in refused: account temporarily locked";
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
