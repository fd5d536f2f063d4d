package dev.bulwark.incidents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A line of the timeline: an event, a containment step (who did it, when) or a follow-up
 * action (which goes to the risk register).
 */
record EntryForm(@NotNull(message = "Choose what kind of entry this is.") EntryKind kind,
		@NotNull(message = "Enter the day.") LocalDate happenedOn,
		@Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
				message = "Enter the time as hours and minutes, e.g. 14:30, or leave it empty.") String happenedAtTime,
		@NotBlank(message = "Describe what happened or what was done.") @Size(max = 2000,
				message = "Keep it under 2,000 characters.") String description,
		@Size(max = 200, message = "Keep the name under 200 characters.") String doneBy) {

	static EntryForm blank() {
		return new EntryForm(EntryKind.EVENT, null, null, null, null);
	}

}
