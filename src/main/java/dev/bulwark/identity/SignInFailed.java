package dev.bulwark.identity;

import java.util.UUID;

/** A wrong password was given for an account, or a sign-in named no known account. */
public record SignInFailed(UUID practiceId, UUID userId, String person, int failuresInARow) implements IdentityEvent {

	@Override
	public String action() {
		return "signin.failed";
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
		return this.userId == null ? "Sign-in failed: unknown account"
				: "Wrong password (" + this.failuresInARow + " in a row)";
	}

	@Override
	public UUID actorUserId() {
		return this.userId;
	}

	@Override
	public String actorLabel() {
		return this.person;
	}

	/** A sign-in naming no known account: nothing identifying is kept. */
	static SignInFailed unknownAccount() {
		return new SignInFailed(null, null, "unknown account", 0);
	}

}
