package dev.bulwark.workforce;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an access review: an account as it was when the review started, and the
 * decision about it.
 *
 * @param id the line
 * @param reviewId the review
 * @param accountId the account reviewed
 * @param personId whose account it is
 * @param personName their name
 * @param systemName the system
 * @param username the sign-in name
 * @param privilege standard user, elevated or administrator
 * @param mfa whether multi-factor sign-in was on
 * @param decision keep, change or remove; {@code null} until decided
 * @param note what to change, or why
 * @param reviewedAt when it was decided
 * @param reviewedByName who decided it
 */
record AccessReviewLine(UUID id, UUID reviewId, UUID accountId, UUID personId, String personName, String systemName,
		String username, Privilege privilege, boolean mfa, AccessDecision decision, String note, Instant reviewedAt,
		String reviewedByName) {
}
