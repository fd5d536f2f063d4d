package dev.bulwark.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A person's reminder preferences: the page form and the JSON body of
 * {@code PUT /api/v1/tasks/reminders}.
 *
 * @param daysBefore how many days before the due date the first reminder comes (0: none)
 * @param onDueDate a reminder on the due date
 * @param overdue a reminder once a task is overdue
 * @param weeklyDigest a Monday e-mail listing what is overdue and what is due in the next
 * two weeks
 */
record ReminderPreferences(
		@NotNull(message = "Give a number of days (0 for none).") @Min(value = 0,
				message = "Give a number of days from 0 to 60.") @Max(value = 60,
						message = "Give a number of days from 0 to 60.") Integer daysBefore,
		Boolean onDueDate, Boolean overdue, Boolean weeklyDigest) {

	/** A week before, on the day, when overdue, and the weekly digest. */
	static final ReminderPreferences DEFAULTS = new ReminderPreferences(7, true, true, true);

	ReminderPreferences {
		onDueDate = Boolean.TRUE.equals(onDueDate);
		overdue = Boolean.TRUE.equals(overdue);
		weeklyDigest = Boolean.TRUE.equals(weeklyDigest);
	}

}
