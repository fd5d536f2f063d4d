package dev.bulwark.identity;

import java.util.UUID;

/**
 * First-run set-up created the practice and its security officer, the installation
 * administrator.
 */
public record SetupCompleted(UUID practiceId, UUID userId, String person) implements IdentityEvent {

	@Override
	public String action() {
		return "setup.completed";
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
		return "First-run set-up: practice and security officer (installation administrator) created";
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
