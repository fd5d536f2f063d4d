package dev.bulwark.identity;

import java.util.UUID;

/** A person revoked one of their API tokens. */
public record ApiTokenRevoked(UUID practiceId, UUID tokenId) implements IdentityEvent {

	@Override
	public String action() {
		return "api-token.revoked";
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
		return "API token revoked";
	}

}
