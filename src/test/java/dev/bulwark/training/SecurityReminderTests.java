package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheduling, recurrence and stopping of security reminders, without Spring. */
class SecurityReminderTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 1, 20);

	private static SecurityReminder reminder(SecurityReminder.Recurrence recurrence, LocalDate firstOn) {
		return SecurityReminder.schedule(UUID.randomUUID(),
				new ReminderForm("Subject", "Text", SecurityReminder.Audience.WORKFORCE, recurrence, firstOn), TODAY,
				Instant.EPOCH);
	}

	@Test
	void theFirstDateMustBeTomorrowOrLater() {
		assertThatThrownBy(() -> reminder(SecurityReminder.Recurrence.ONCE, TODAY)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.errors()).containsEntry("firstOn",
						"Choose tomorrow or a later date: today's reminders went out when the day began."));
		assertThat(reminder(SecurityReminder.Recurrence.ONCE, TODAY.plusDays(1)).nextOn()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void aReminderIsDueOnItsDateAndAOneOffEndsOnceSent() {
		SecurityReminder once = reminder(SecurityReminder.Recurrence.ONCE, TODAY.plusDays(1));
		assertThat(once.dueOn(TODAY)).isFalse();
		assertThat(once.dueOn(TODAY.plusDays(1))).isTrue();
		SecurityReminder sent = once.sent(TODAY.plusDays(1));
		assertThat(sent.ended()).isTrue();
		assertThat(sent.dueOn(TODAY.plusDays(2))).isFalse();
	}

	@Test
	void monthlyRemindersKeepTheDayOfTheFirstDateAndSkipDaysMissedDuringDowntime() {
		SecurityReminder monthly = reminder(SecurityReminder.Recurrence.MONTHLY, LocalDate.of(2025, 1, 31));
		SecurityReminder february = monthly.sent(LocalDate.of(2025, 1, 31));
		assertThat(february.nextOn()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(february.sent(LocalDate.of(2025, 2, 28)).nextOn()).isEqualTo(LocalDate.of(2025, 3, 31));
		// The server was down from March to May: sent once, on the day it came back, then
		// on schedule.
		assertThat(february.sent(LocalDate.of(2025, 5, 2)).nextOn()).isEqualTo(LocalDate.of(2025, 5, 31));
		assertThat(reminder(SecurityReminder.Recurrence.QUARTERLY, TODAY.plusDays(1)).sent(TODAY.plusDays(1)).nextOn())
			.isEqualTo(TODAY.plusDays(1).plusMonths(3));
		assertThat(reminder(SecurityReminder.Recurrence.YEARLY, TODAY.plusDays(1)).sent(TODAY.plusDays(1)).nextOn())
			.isEqualTo(TODAY.plusDays(1).plusYears(1));
	}

	@Test
	void aStoppedReminderSendsNothingMoreAndCannotBeStoppedTwice() {
		SecurityReminder stopped = reminder(SecurityReminder.Recurrence.MONTHLY, TODAY.plusDays(1)).stop(TODAY);
		assertThat(stopped.stoppedOn()).isEqualTo(TODAY);
		assertThat(stopped.dueOn(TODAY.plusYears(1))).isFalse();
		assertThatThrownBy(() -> stopped.stop(TODAY)).isInstanceOf(StateConflictException.class)
			.hasMessage("This reminder has already ended.");
	}

	@Test
	void theAudienceIsPeopleOfTheWorkforceByRole() {
		assertThat(SecurityReminder.Audience.WORKFORCE.includes(Role.STAFF)).isTrue();
		assertThat(SecurityReminder.Audience.WORKFORCE.includes(Role.SECURITY_OFFICER)).isTrue();
		assertThat(SecurityReminder.Audience.WORKFORCE.includes(Role.AUDITOR)).isFalse();
		assertThat(SecurityReminder.Audience.STAFF.includes(Role.SECURITY_OFFICER)).isFalse();
		assertThat(SecurityReminder.Audience.OFFICERS.includes(Role.SECURITY_OFFICER)).isTrue();
	}

}
