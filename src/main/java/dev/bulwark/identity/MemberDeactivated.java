package dev.bulwark.identity;

import java.util.UUID;

/** A security officer ended a member's access to the practice. */
public record MemberDeactivated(UUID practiceId, UUID userId, String person, int sessionsEnded, int tokensRevoked,
		boolean stillInOtherPractices) implements IdentityEvent {

	@Override
	public String action() {
		return "user.deactivated";
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
		return this.person + " deactivated in this practice; " + this.tokensRevoked + " API token(s) revoked; "
				+ (this.stillInOtherPractices ? "sessions kept for the other practices they belong to"
						: this.sessionsEnded + " session(s) ended");
	}

}
