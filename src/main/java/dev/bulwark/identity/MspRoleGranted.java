package dev.bulwark.identity;

import java.util.UUID;

/**
 * A person was given a role above the practices (MSP administrator); recorded in the
 * installation's trail ({@code practiceId} null) and in the trail of each practice the
 * grantor serves.
 */
public record MspRoleGranted(UUID practiceId, UUID userId, String person, String role,
		String by) implements IdentityEvent {

	@Override
	public String action() {
		return "msp.role-granted";
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
		return this.person + " is now " + this.role + " (granted by " + this.by + ")";
	}

}
