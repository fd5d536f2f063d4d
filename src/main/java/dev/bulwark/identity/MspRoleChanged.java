package dev.bulwark.identity;

import java.util.UUID;

/**
 * An MSP administrator changed a person's role above the practices (technician to
 * administrator or back); recorded in the installation's trail and in the trail of each
 * practice the person serves.
 */
public record MspRoleChanged(UUID practiceId, UUID userId, String person, String from, String to,
		String by) implements IdentityEvent {

	@Override
	public String action() {
		return "msp.role-changed";
	}

	@Override
	public String objectType() {
		return "user";
	}

	@Override
	public String objectId() {
		return this.userId.toString();
	}

	@Override
	public String summary() {
		return this.person + " is now " + this.to + ", no longer " + this.from + " (changed by " + this.by + ")";
	}

}
