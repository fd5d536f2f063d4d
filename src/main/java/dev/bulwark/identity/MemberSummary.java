package dev.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

import dev.bulwark.shared.Role;

/**
 * A person's membership of a practice, as other modules see it (e.g. to pick a risk
 * owner).
 *
 * @param secondFactorEnrolled whether the person has set up their authenticator app
 */
public record MemberSummary(UUID userId, String displayName, String email, Role role, boolean active,
		boolean secondFactorEnrolled, Instant lastSignInAt) {

}
