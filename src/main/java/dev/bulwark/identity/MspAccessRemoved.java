package dev.bulwark.identity;

import java.util.UUID;

/**
 * An MSP administrator removed an assignment of one of the MSP's people to the practice.
 */
public record MspAccessRemoved(UUID practiceId, UUID userId, String person, String by) implements IdentityEvent {

	@Override
	public String action() {
		return "msp.access-removed";
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
		return "MSP access to the practice removed from " + this.person + " by " + this.by;
	}

}
