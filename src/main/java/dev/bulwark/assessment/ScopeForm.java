package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.shared.InvalidInputException;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The scope of the analysis as the report prints it (page form and JSON body).
 *
 * @param locations the practice's locations with their addresses, one per line
 * @param periodStart first day of the period the analysis covers
 * @param periodEnd last day of that period
 * @param outOfScope what is left out of the analysis and why
 * @param participants who took part besides the people who answered in Bulwark, one per
 * line as "Name — role" (e.g. "Sam Ortiz, Acme IT — managed service provider")
 * @param incidents security incidents in the period, or a statement that there were none
 * @param nextReview when the analysis will next be reviewed
 */
record ScopeForm(@Size(max = 2000, message = "Keep the locations under 2,000 characters.") @Nullable String locations,
		@Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") @Nullable String outOfScope,
		@Size(max = 4000, message = "Keep the participants under 4,000 characters.") @Nullable String participants,
		@Size(max = 4000, message = "Keep the statement under 4,000 characters.") @Nullable String incidents,
		@Nullable LocalDate nextReview) {

	static ScopeForm of(AssessmentRepository.ScopeRow row) {
		return new ScopeForm(row.locations(), row.periodStart(), row.periodEnd(), row.outOfScope(), row.participants(),
				row.incidents(), row.nextReview());
	}

	void check() {
		new InvalidInputException.Problems()
			.addIf(this.periodStart != null && this.periodEnd != null && this.periodEnd.isBefore(this.periodStart),
					"periodEnd", "The end of the period must not be before its start.")
			.addIf(this.nextReview != null && this.periodStart != null && !this.nextReview.isAfter(this.periodStart),
					"nextReview", "The next review must be after the start of the period.")
			.throwIfAny();
	}

	AssessmentRepository.ScopeRow row() {
		return new AssessmentRepository.ScopeRow(this.locations, this.periodStart, this.periodEnd, this.outOfScope,
				this.participants, this.incidents, this.nextReview);
	}

	/** The non-blank lines of a text, stripped. */
	static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

}
