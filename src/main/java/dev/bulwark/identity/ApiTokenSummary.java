package dev.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as listed to its owner (the secret itself is shown only once, at
 * creation).
 */
public record ApiTokenSummary(UUID id, String name, String hint, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt) {

	public boolean usableAt(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
