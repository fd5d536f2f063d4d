package dev.bulwark.policies;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A periodic review of a document.
 *
 * @param reviewedOn the day of the review (not after today)
 * @param changesNeeded whether the review found that the document must change (then start
 * a new version)
 * @param notes what was looked at and found
 */
record ReviewForm(@NotNull(message = "Enter the date of the review.") LocalDate reviewedOn, Boolean changesNeeded,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	ReviewForm {
		changesNeeded = Boolean.TRUE.equals(changesNeeded);
	}

}
