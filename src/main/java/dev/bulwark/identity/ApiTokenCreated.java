package dev.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

/** A person created a personal API token for one practice. */
public record ApiTokenCreated(UUID practiceId, UUID tokenId, UUID userId, String person, String name,
		Instant expiresAt) implements IdentityEvent {

	@Override
	public String action() {
		return "api-token.created";
	}

	@Override
	public String objectType() {
		return "api-token";
	}

	@Override
	public String objectId() {
		return this.tokenId.toString();
	}

	@Override
	public String summary() {
		return "API token \"" + this.name + "\" created, expires " + this.expiresAt;
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
