package dev.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account row. Never leaves the module: other modules see {@link MemberSummary}.
 *
 * @param installationAdmin whether the person administers the installation (the account
 * created at first-run set-up): only they may reset the second factor of someone who
 * belongs to several practices
 */
record UserAccount(UUID id, String email, String displayName, String passwordHash, boolean active, byte[] totpSecret,
		Instant totpConfirmedAt, Long totpLastStep, int failedSignIns, Instant lockedUntil, int failedCodes,
		Instant codesBlockedUntil, Instant createdAt, Instant lastSignInAt, UUID lastPracticeId,
		boolean installationAdmin) {

	boolean hasTotp() {
		return this.totpSecret != null && this.totpConfirmedAt != null;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	boolean codesBlockedAt(Instant now) {
		return this.codesBlockedUntil != null && this.codesBlockedUntil.isAfter(now);
	}

}
