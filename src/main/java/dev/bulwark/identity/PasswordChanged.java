package dev.bulwark.identity;

import java.util.UUID;

/** A person changed their password; their other sessions ended. */
public record PasswordChanged(UUID practiceId, UUID userId, String person,
		int otherSessionsEnded) implements IdentityEvent {

	@Override
	public String action() {
		return "account.password-changed";
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
		return "Password changed; " + this.otherSessionsEnded + " other session(s) ended";
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
