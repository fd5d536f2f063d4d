package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An access review as pages and the API show it.
 *
 * @param id the review
 * @param startedAt when it was started (the moment of the accounts' snapshot)
 * @param startedByName who started it
 * @param lines how many accounts it covers
 * @param decided how many of them are decided
 * @param signedOffAt when the security officer signed it off, or {@code null} while open
 * @param signedOffByName who signed it off
 * @param signedOffOn the practice's date of the sign-off
 * @param conclusion the officer's conclusion, if any
 * @param nextDueOn the next review's date (Bulwark's recommendation), once signed off
 */
record AccessReviewSummary(UUID id, Instant startedAt, String startedByName, int lines, int decided,
		Instant signedOffAt, String signedOffByName, LocalDate signedOffOn, String conclusion, LocalDate nextDueOn) {

	public boolean signedOff() {
		return this.signedOffAt != null;
	}

}
