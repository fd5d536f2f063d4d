package dev.bulwark.identity;

import java.util.UUID;

/** A person changed the name shown for them. */
public record DisplayNameChanged(UUID practiceId, UUID userId, String person, String from,
		String to) implements IdentityEvent {

	@Override
	public String action() {
		return "account.renamed";
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
		return "Display name changed from \"" + this.from + "\" to \"" + this.to + "\"";
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
