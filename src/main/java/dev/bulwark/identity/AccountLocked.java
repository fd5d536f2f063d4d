package dev.bulwark.identity;

import java.util.UUID;

/** Too many wrong passwords in a row: sign-in is locked for a while. */
public record AccountLocked(UUID practiceId, UUID userId, String person, long minutes,
		int failures) implements IdentityEvent {

	@Override
	public String action() {
		return "account.locked";
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
		return "Account locked for " + this.minutes + " minutes after " + this.failures + " wrong passwords";
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
