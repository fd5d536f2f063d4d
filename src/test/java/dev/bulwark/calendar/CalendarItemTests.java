package dev.bulwark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of one calendar item. */
class CalendarItemTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final Actor officer = new Actor(UUID.randomUUID(), "o@example.test", "Pat Officer", UUID.randomUUID(),
			"Maple", Role.SECURITY_OFFICER, false, NEW_YORK);

	@Test
	void completingARepeatingTaskRecordsWhoAndWhenAndOpensTheNextOccurrence() {
		CalendarItem task = CalendarItem.own(this.officer.practiceId(), UUID.randomUUID(), "Check the alarm", null,
				LocalDate.of(2026, 5, 31), null, Period.ofMonths(1), this.officer, NOW);
		CalendarItem.Completion completion = task.complete(this.officer, NOW, LocalDate.of(2026, 6, 1), "Tested",
				UUID.randomUUID());
		assertThat(completion.done().status()).isEqualTo(TaskStatus.DONE);
		assertThat(completion.done().completedByName()).isEqualTo("Pat Officer");
		assertThat(completion.done().completedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(completion.done().completionNote()).isEqualTo("Tested");
		assertThat(completion.next().dueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(completion.next().status()).isEqualTo(TaskStatus.OPEN);
		assertThat(completion.next().occurrence()).isEqualTo(1);
	}

	@Test
	void aOneOffTaskHasNoNextOccurrenceAndCannotBeCompletedTwice() {
		CalendarItem task = CalendarItem.own(this.officer.practiceId(), UUID.randomUUID(), "Buy a shredder", null,
				LocalDate.of(2026, 6, 10), null, null, this.officer, NOW);
		CalendarItem.Completion completion = task.complete(this.officer, NOW, LocalDate.of(2026, 6, 1), null,
				UUID.randomUUID());
		assertThat(completion.next()).isNull();
		assertThatExceptionOfType(StateConflictException.class).isThrownBy(
				() -> completion.done().complete(this.officer, NOW, LocalDate.of(2026, 6, 1), null, UUID.randomUUID()))
			.withMessage("This task was already completed.");
	}

	@Test
	void anotherAreasItemIsNotCompletedInTheCalendar() {
		CalendarItem reported = CalendarItem.reported(this.officer.practiceId(), UUID.randomUUID(), "vendors",
				new DueItem("baa:1", "Renew the BAA", LocalDate.of(2026, 7, 1), null, Basis.RECOMMENDED, null, null,
						"/vendors/1", null),
				NOW);
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> reported.complete(this.officer, NOW, LocalDate.of(2026, 6, 1), null, UUID.randomUUID()));
	}

	@Test
	void aDayDeadlineIsOverdueTheDayAfterInThePracticesCalendar() {
		CalendarItem task = CalendarItem.own(this.officer.practiceId(), UUID.randomUUID(), "Review", null,
				LocalDate.of(2026, 6, 1), null, null, this.officer, NOW);
		assertThat(task.overdue(NOW, LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(task.overdue(NOW, LocalDate.of(2026, 6, 2))).isTrue();
	}

	@Test
	void anHourClockIsElapsedHoursAcrossADaylightSavingChange() {
		// Access ended at 20:00 on the Saturday before clocks go back (1 November 2026 in
		// New York); the proposed rule's 24 hours end at 19:00 local time on Sunday.
		Instant ended = ZonedDateTime.of(2026, 10, 31, 20, 0, 0, 0, NEW_YORK).toInstant();
		Instant due = ended.plus(java.time.Duration.ofHours(24));
		assertThat(due.atZone(NEW_YORK).toLocalTime()).isEqualTo(java.time.LocalTime.of(19, 0));
		CalendarItem reported = CalendarItem.reported(
				this.officer.practiceId(), UUID.randomUUID(), "workforce", new DueItem("notify:1", "Tell the hospital",
						due.atZone(NEW_YORK).toLocalDate(), due, Basis.PROPOSED, null, null, "/workforce/1", null),
				NOW);
		LocalDate sunday = LocalDate.of(2026, 11, 1);
		assertThat(reported.overdue(due.minusSeconds(1), sunday)).isFalse();
		assertThat(reported.overdue(due.plusSeconds(1), sunday)).as("overdue within the day, by the hour").isTrue();
	}

	@Test
	void hourClocksCountElapsedHoursWhenTheClocksGoForward() {
		// 14 March 2027 in New York: 02:00 becomes 03:00, the local day has 23 hours.
		Instant discovered = ZonedDateTime.of(2027, 3, 14, 1, 30, 0, 0, NEW_YORK).toInstant();
		assertThat(discovered.plus(java.time.Duration.ofHours(1)).atZone(NEW_YORK).toLocalTime())
			.as("1 hour after 01:30 is 03:30 on the wall clock")
			.isEqualTo(java.time.LocalTime.of(3, 30));
		Instant noonBefore = ZonedDateTime.of(2027, 3, 13, 12, 0, 0, 0, NEW_YORK).toInstant();
		Instant due = noonBefore.plus(java.time.Duration.ofHours(72));
		assertThat(due.atZone(NEW_YORK).toLocalDateTime())
			.as("72 elapsed hours, not three calendar days at the same wall-clock time")
			.isEqualTo(java.time.LocalDateTime.of(2027, 3, 16, 13, 0));
		CalendarItem reported = CalendarItem.reported(this.officer.practiceId(), UUID.randomUUID(), "incidents",
				new DueItem("incident:1:72h", "Restore the systems", due.atZone(NEW_YORK).toLocalDate(), due,
						Basis.PROPOSED, null, null, "/incidents/1", null),
				NOW);
		LocalDate dueDay = LocalDate.of(2027, 3, 16);
		assertThat(reported.overdue(due.minusSeconds(1), dueDay)).isFalse();
		assertThat(reported.overdue(due, dueDay)).as("due at the instant, overdue after it").isFalse();
		assertThat(reported.overdue(due.plusSeconds(1), dueDay)).isTrue();
	}

	@Test
	void aDayDeadlineUsesThePracticesDateNotUtcs() {
		// 23:30 on 1 June in Honolulu is already 2 June in UTC: the practice's task due
		// on
		// 1 June is not overdue until its own 2 June begins.
		java.time.ZoneId honolulu = java.time.ZoneId.of("Pacific/Honolulu");
		Instant lateEvening = ZonedDateTime.of(2026, 6, 1, 23, 30, 0, 0, honolulu).toInstant();
		assertThat(LocalDate.ofInstant(lateEvening, java.time.ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 6, 2));
		CalendarItem task = CalendarItem.own(this.officer.practiceId(), UUID.randomUUID(), "Review", null,
				LocalDate.of(2026, 6, 1), null, null, this.officer, NOW);
		assertThat(task.overdue(lateEvening, LocalDate.ofInstant(lateEvening, honolulu))).isFalse();
		Instant nextMorning = lateEvening.plus(java.time.Duration.ofHours(1));
		assertThat(task.overdue(nextMorning, LocalDate.ofInstant(nextMorning, honolulu))).isTrue();
	}

	@Test
	void everyItemSaysWhetherItIsLawAProposedRuleOrBulwarksRecommendation() {
		assertThat(TaskSummary.label(Basis.LAW)).isEqualTo("Law in force");
		assertThat(TaskSummary.label(Basis.PROPOSED)).isEqualTo("Proposed rule (not yet law)");
		assertThat(TaskSummary.label(Basis.RECOMMENDED)).isEqualTo("Bulwark's recommendation");
	}

	@Test
	void onlyEditorsAndTheOwnerCompleteATask() {
		UUID staff = UUID.randomUUID();
		CalendarItem task = CalendarItem.own(this.officer.practiceId(), UUID.randomUUID(), "Shred", null,
				LocalDate.of(2026, 6, 1), staff, null, this.officer, NOW);
		Actor owner = new Actor(staff, "s@example.test", "Sam", this.officer.practiceId(), "Maple", Role.STAFF, false,
				NEW_YORK);
		Actor other = new Actor(UUID.randomUUID(), "x@example.test", "Xi", this.officer.practiceId(), "Maple",
				Role.STAFF, false, NEW_YORK);
		assertThat(task.completableBy(owner, false)).isTrue();
		assertThat(task.completableBy(other, false)).isFalse();
		assertThat(task.completableBy(this.officer, true)).isTrue();
	}

}
