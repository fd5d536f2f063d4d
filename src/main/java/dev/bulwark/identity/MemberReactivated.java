package dev.bulwark.identity;

import java.util.UUID;

/** A security officer restored a member's access. */
public record MemberReactivated(UUID practiceId, UUID userId, String person) implements IdentityEvent {

	@Override
	public String action() {
		return "user.reactivated";
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
		return this.person + " reactivated";
	}

}
