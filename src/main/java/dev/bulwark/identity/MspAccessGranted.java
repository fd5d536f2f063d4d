package dev.bulwark.identity;

import java.util.UUID;

/**
 * An MSP administrator assigned one of the MSP's people to the practice: they now have
 * access to it.
 */
public record MspAccessGranted(UUID practiceId, UUID userId, String person, String by) implements IdentityEvent {

	@Override
	public String action() {
		return "msp.access-granted";
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
		return "MSP access to the practice granted to " + this.person + " by " + this.by;
	}

}
