package dev.bulwark.calendar;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due-date arithmetic: month ends, leap years, first occurrences, late completions. */
class ScheduleTests {

	@Test
	void aMonthlyScheduleFromJanuaryThirtyFirstKeepsToTheMonthEnd() {
		LocalDate anchor = LocalDate.of(2027, 1, 31);
		Period monthly = Period.ofMonths(1);
		assertThat(Schedule.occurrence(anchor, monthly, 1)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(Schedule.occurrence(anchor, monthly, 2)).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(Schedule.occurrence(anchor, monthly, 3)).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(Schedule.occurrence(anchor, monthly, 13)).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aYearlyScheduleFromALeapDayFallsOnTheLastDayOfFebruaryAndReturnsInLeapYears() {
		LocalDate anchor = LocalDate.of(2028, 2, 29);
		Period yearly = Period.ofYears(1);
		assertThat(Schedule.occurrence(anchor, yearly, 1)).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(Schedule.occurrence(anchor, yearly, 4)).isEqualTo(LocalDate.of(2032, 2, 29));
	}

	@Test
	void aTaskDoneEarlyKeepsItsScheduleAndOneDoneVeryLateSkipsPastOccurrences() {
		LocalDate anchor = LocalDate.of(2026, 3, 31);
		Period quarterly = Period.ofMonths(3);
		assertThat(Schedule.nextOccurrence(anchor, quarterly, 0, LocalDate.of(2026, 3, 20))).isEqualTo(1);
		assertThat(Schedule.occurrence(anchor, quarterly, 1)).isEqualTo(LocalDate.of(2026, 6, 30));
		int n = Schedule.nextOccurrence(anchor, quarterly, 0, LocalDate.of(2026, 10, 1));
		assertThat(Schedule.occurrence(anchor, quarterly, n)).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aNewObligationIsDueWithinAMonthOrItsShorterInterval() {
		LocalDate today = LocalDate.of(2026, 1, 15);
		assertThat(Schedule.firstDue(today, Period.ofYears(1))).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(Schedule.firstDue(today, Period.ofWeeks(1))).isEqualTo(LocalDate.of(2026, 1, 22));
	}

}
