package dev.bulwark.incidents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The quick report anyone in the practice can make: what happened, when, who noticed.
 *
 * @param what what happened, in a few words
 * @param happenedOn the day it happened or was noticed (the practice's date)
 * @param happenedAtTime the time, if known (HH:MM)
 * @param noticedBy who noticed it
 */
record ReportForm(
		@NotBlank(message = "Say in a few words what happened.") @Size(max = 4000,
				message = "Keep it under 4,000 characters.") String what,
		@NotNull(message = "Enter the day it happened or was noticed.") LocalDate happenedOn,
		@Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
				message = "Enter the time as hours and minutes, e.g. 14:30, or leave it empty.") String happenedAtTime,
		@NotBlank(message = "Say who noticed it (you, if it was you).") @Size(max = 200,
				message = "Keep the name under 200 characters.") String noticedBy) {

	static ReportForm blank(String noticedBy) {
		return new ReportForm(null, null, null, noticedBy);
	}

}
