package dev.bulwark.identity;

import java.util.UUID;

/** A person completed sign-in: password and a second factor. */
public record SignedIn(UUID practiceId, UUID userId, String person, String method) implements IdentityEvent {

	@Override
	public String action() {
		return "signin.succeeded";
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
		return "Signed in with password and " + this.method;
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
