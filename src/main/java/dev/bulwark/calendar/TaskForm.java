package dev.bulwark.calendar;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A practice's own task: the page form and the JSON body of {@code POST /api/v1/tasks}.
 *
 * @param ownerUserId who must do it; empty: the security officer
 * @param repeats how often it repeats; empty: once
 */
record TaskForm(
		@NotBlank(message = "Say what has to be done.") @Size(max = 300,
				message = "Keep the title under 300 characters.") String title,
		@Size(max = 4000, message = "Keep the description under 4,000 characters.") String description,
		@NotNull(message = "Give the date it is due.") LocalDate dueOn, UUID ownerUserId, Repeat repeats) {

	TaskForm {
		repeats = (repeats != null) ? repeats : Repeat.NEVER;
	}

	static TaskForm blank(LocalDate dueOn) {
		return new TaskForm(null, null, dueOn, null, Repeat.NEVER);
	}

}
