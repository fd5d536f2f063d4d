package dev.bulwark.identity;

import java.util.UUID;

/**
 * A person switched the practice their session works in; recorded in the trail of the
 * practice they switched into.
 */
public record PracticeSwitched(UUID practiceId, UUID userId, String person, String from) implements IdentityEvent {

	@Override
	public String action() {
		return "practice.switched";
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
		return this.person + " switched into this practice" + (this.from == null ? "" : " from \"" + this.from + "\"");
	}

}
