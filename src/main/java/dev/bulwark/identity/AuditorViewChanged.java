package dev.bulwark.identity;

import java.util.UUID;

/**
 * A person switched the auditor details (citations, technical terms) on or off for
 * themselves.
 */
public record AuditorViewChanged(UUID practiceId, UUID userId, String person, boolean shown) implements IdentityEvent {

	@Override
	public String action() {
		return "account.auditor-view-changed";
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
		return this.shown ? "Auditor details shown (citations and technical terms)"
				: "Auditor details hidden (plain words)";
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
