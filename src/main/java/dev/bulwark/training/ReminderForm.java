package dev.bulwark.training;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A security reminder as the security officer schedules it (the page's form and the API's
 * JSON body).
 *
 * @param firstOn the first day it is sent (tomorrow or later)
 */
record ReminderForm(
		@NotBlank(message = "Give the reminder a subject.") @Size(max = 150,
				message = "Keep the subject under 150 characters.") String subject,
		@NotBlank(message = "Write the reminder.") @Size(max = 2000,
				message = "Keep the reminder under 2,000 characters: short reminders get read.") String message,
		@NotNull(message = "Choose who receives it.") SecurityReminder.Audience audience,
		@NotNull(message = "Choose how often it is sent.") SecurityReminder.Recurrence recurrence,
		@NotNull(message = "Give the first day it is sent.") LocalDate firstOn) {

	static ReminderForm blank() {
		return new ReminderForm(null, null, null, null, null);
	}

}
