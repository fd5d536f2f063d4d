package dev.bulwark.identity;

import java.util.UUID;

/** A person made new recovery codes; the old ones stopped working. */
public record RecoveryCodesRegenerated(UUID practiceId, UUID userId, String person) implements IdentityEvent {

	@Override
	public String action() {
		return "mfa.recovery-codes-regenerated";
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
		return "New recovery codes issued; the old ones no longer work";
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
