package dev.bulwark.workforce;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision about one line of an access review.
 *
 * @param decision keep, change or remove
 * @param note what to change, or why (required for a change)
 */
record AccessReviewLineForm(@NotNull(message = "Choose what to do about this access.") AccessDecision decision,
		@Size(max = 500, message = "Keep the note under 500 characters.") String note) {

	static AccessReviewLineForm of(AccessReviewLine line) {
		return new AccessReviewLineForm(line.decision(), line.note());
	}

}
