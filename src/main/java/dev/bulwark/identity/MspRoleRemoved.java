package dev.bulwark.identity;

import java.util.UUID;

/**
 * An MSP administrator removed a person's role above the practices, which also ended
 * their assignments; recorded in the installation's trail and in the trail of each
 * practice the person served.
 */
public record MspRoleRemoved(UUID practiceId, UUID userId, String person, String role, int assignmentsEnded,
		String by) implements IdentityEvent {

	@Override
	public String action() {
		return "msp.role-removed";
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
		return this.person + " is no longer " + this.role + " (removed by " + this.by + "; " + this.assignmentsEnded
				+ ((this.assignmentsEnded == 1) ? " assignment" : " assignments") + " to practices ended)";
	}

}
