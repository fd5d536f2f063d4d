package dev.bulwark.vendors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A pattern of activity or practice of a business associate that the practice knows to be
 * a material breach of its agreement, and what the practice did about it
 * (164.504(e)(1)(ii), 164.314(a)(1)); the page's form and the JSON body.
 *
 * @param learnedOn when the practice learned of the pattern
 * @param pattern what the business associate did or keeps doing
 * @param steps the steps taken to cure the breach or end the violation
 * @param outcome where it stands
 * @param outcomeOn when it was cured or the agreement terminated
 */
record MaterialBreachForm(@NotNull(message = "Give the date the practice learned of it.") LocalDate learnedOn,
		@NotNull(message = "Describe the pattern of activity or practice.") @Size(max = 4000,
				message = "Keep this under 4,000 characters.") String pattern,
		@NotNull(message = "Record the steps taken to cure the breach or end the violation.") @Size(max = 4000,
				message = "Keep this under 4,000 characters.") String steps,
		@NotNull(message = "Say where it stands.") BreachOutcome outcome, LocalDate outcomeOn,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	static MaterialBreachForm blank() {
		return new MaterialBreachForm(null, null, null, BreachOutcome.CURING, null, null);
	}

}
