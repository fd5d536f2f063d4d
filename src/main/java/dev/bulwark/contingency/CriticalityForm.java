package dev.bulwark.contingency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A system's place in the criticality analysis (164.308(a)(7)(ii)(E)).
 *
 * @param priority the restore order: 1 is restored first
 * @param rtoHours recovery time objective: the longest the practice can work without it
 * @param rpoHours recovery point objective: the most recent work the practice can afford
 * to lose, in hours
 * @param testEveryMonths how often its backup is test-restored (3, quarterly, is the
 * recommendation)
 * @param notes why, what depends on it
 */
record CriticalityForm(
		@NotNull(message = "Enter the restore order: 1 is restored first.") @Min(value = 1,
				message = "Enter 1 or more: 1 is restored first.") @Max(value = 1000,
						message = "Enter 1,000 or less.") Integer priority,
		@NotNull(message = "Enter the recovery time objective in hours.") @Min(value = 1,
				message = "Enter at least 1 hour.") @Max(value = 8760,
						message = "Enter at most 8,760 hours (a year).") Integer rtoHours,
		@NotNull(message = "Enter the recovery point objective in hours.") @Min(value = 0,
				message = "Enter 0 hours or more.") @Max(value = 8760,
						message = "Enter at most 8,760 hours (a year).") Integer rpoHours,
		@Min(value = 1, message = "Enter at least 1 month.") @Max(value = 24,
				message = "Test at least every 24 months.") Integer testEveryMonths,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	/** Quarterly, the recommendation, when left empty. */
	CriticalityForm {
		testEveryMonths = (testEveryMonths != null) ? testEveryMonths : CriticalityDetails.DEFAULT_TEST_MONTHS;
	}

	static CriticalityForm of(CriticalityDetails details) {
		return (details == null) ? new CriticalityForm(null, null, null, null, null) : new CriticalityForm(
				details.priority(), details.rtoHours(), details.rpoHours(), details.testEveryMonths(), details.notes());
	}

}
