package dev.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

import dev.bulwark.shared.Role;

/**
 * An invitation as listed to the security officer.
 *
 * @param name the person's name as the officer entered it ({@code null} for invitations
 * made before names were asked)
 */
record InvitationDetails(UUID practiceId, UUID id, String practiceName, String email, String name, Role role,
		Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

	boolean openAt(Instant now) {
		return this.acceptedAt == null && this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
