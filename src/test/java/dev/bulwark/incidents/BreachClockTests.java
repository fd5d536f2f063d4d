package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import dev.bulwark.incidents.BreachClock.BreachFacts;
import dev.bulwark.incidents.BreachClock.Deadlines;
import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BreachClockTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static Deadlines deadlines(String discoveredOn, int affected) {
		return BreachClock.deadlines(
				new BreachFacts(LocalDate.parse(discoveredOn), affected, Map.of(), null, LawEnforcementDelay.NONE));
	}

	private static Deadlines deadlines(String discoveredOn, int affected, LawEnforcementDelay delay) {
		return BreachClock.deadlines(new BreachFacts(LocalDate.parse(discoveredOn), affected, Map.of(), null, delay));
	}

	private static LawEnforcementDelay oral(String on) {
		return new LawEnforcementDelay(LocalDate.parse(on), "Det. A. Rivera", null, null);
	}

	private static LawEnforcementDelay written(String on, String until) {
		return new LawEnforcementDelay(null, null, LocalDate.parse(on), LocalDate.parse(until));
	}

	@Nested
	class Individuals {

		@ParameterizedTest
		@CsvSource({ "2025-01-01, 2025-03-02", "2024-01-01, 2024-03-01", "2025-12-15, 2026-02-13",
				"2024-12-31, 2025-03-01", "2025-11-02, 2026-01-01", "2027-12-31, 2028-02-29",
				"2025-02-28, 2025-04-29" })
		void sixtyCalendarDaysAfterDiscoveryAcrossMonthsYearsAndLeapDays(String discoveredOn, String due) {
			Deadlines deadlines = deadlines(discoveredOn, 3);

			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse(due));
			assertThat(deadlines.individualsDueWithoutDelay()).isEqualTo(LocalDate.parse(due));
			assertThat(deadlines.delayed()).isFalse();
		}

	}

	@Nested
	class Hhs {

		@Test
		void fiveHundredInTotalIsToldWithTheIndividuals() {
			Deadlines deadlines = deadlines("2025-05-10", 500);

			assertThat(deadlines.hhsWithIndividuals()).isTrue();
			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2025-07-09"));
			assertThat(deadlines.logYear()).isNull();
		}

		@Test
		void fewerThanFiveHundredGoesToTheLogOfTheYearOfDiscovery() {
			Deadlines deadlines = deadlines("2025-05-10", 499);

			assertThat(deadlines.hhsWithIndividuals()).isFalse();
			assertThat(deadlines.logYear()).isEqualTo(2025);
			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2026-03-01"));
		}

		@ParameterizedTest
		@CsvSource({ "2023, 2024-02-29", "2024, 2025-03-01", "2025, 2026-03-01", "2027, 2028-02-29", "1999, 2000-02-29",
				"2099, 2100-03-01", "2103, 2104-02-29" })
		void theYearLogIsDueSixtyDaysAfterTheThirtyFirstOfDecember(int year, String due) {
			assertThat(BreachClock.yearLogDue(year)).isEqualTo(LocalDate.parse(due));
		}

		@Test
		void aBreachDiscoveredOnTheLastDayOfTheYearBelongsToThatYearsLog() {
			Deadlines deadlines = deadlines("2027-12-31", 12);

			assertThat(deadlines.logYear()).isEqualTo(2027);
			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2028-02-29"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2028-02-29"));
		}

	}

	@Nested
	class Media {

		@Test
		void moreThanFiveHundredResidentsOfOneStateMustBeToldToTheMedia() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-03-01"), 700,
					Map.of("CA", 501, "NV", 199), null, LawEnforcementDelay.NONE));

			assertThat(deadlines.mediaRequired()).isTrue();
			assertThat(deadlines.mediaStates()).containsExactly("CA");
			assertThat(deadlines.mediaDue()).isEqualTo(deadlines.individualsDue()).isEqualTo("2025-04-30");
		}

		@Test
		void exactlyFiveHundredInOneStateIsNotEnoughForTheMediaButIsForHhs() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-03-01"), 500,
					Map.of("CA", 500), null, LawEnforcementDelay.NONE));

			assertThat(deadlines.mediaRequired()).isFalse();
			assertThat(deadlines.mediaDue()).isNull();
			assertThat(deadlines.hhsWithIndividuals()).isTrue();
		}

		@Test
		void sixHundredSpreadOverTwoStatesGoesToHhsButNotToTheMedia() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-03-01"), 600,
					Map.of("OR", 300, "WA", 300), null, LawEnforcementDelay.NONE));

			assertThat(deadlines.hhsWithIndividuals()).isTrue();
			assertThat(deadlines.mediaRequired()).isFalse();
		}

		@Test
		void everyStateAboveTheThresholdIsListedInOrder() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-03-01"), 2000,
					Map.of("TX", 900, "AZ", 600, "NM", 500), null, LawEnforcementDelay.NONE));

			assertThat(deadlines.mediaStates()).containsExactly("AZ", "TX");
		}

	}

	@Nested
	class BusinessAssociates {

		@Test
		void theBusinessAssociateMustTellThePracticeWithinSixtyDaysOfItsOwnDiscovery() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-02-20"), 40, Map.of(),
					LocalDate.parse("2025-01-10"), LawEnforcementDelay.NONE));

			assertThat(deadlines.businessAssociateNoticeDue()).isEqualTo(LocalDate.parse("2025-03-11"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-04-21"));
		}

		@Test
		void noBusinessAssociateNoDeadlineForOne() {
			assertThat(deadlines("2025-02-20", 40).businessAssociateNoticeDue()).isNull();
		}

	}

	@Nested
	class Zones {

		@Test
		void lateOnTheThirtyFirstInCaliforniaIsStillThatYear() {
			Instant lateEvening = Instant.parse("2025-01-01T06:30:00Z");

			LocalDate discoveredOn = BreachClock.localDate(lateEvening, LOS_ANGELES);
			Deadlines deadlines = BreachClock
				.deadlines(new BreachFacts(discoveredOn, 12, Map.of(), null, LawEnforcementDelay.NONE));

			assertThat(discoveredOn).isEqualTo(LocalDate.parse("2024-12-31"));
			assertThat(deadlines.logYear()).isEqualTo(2024);
			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2025-03-01"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-03-01"));
		}

		@Test
		void theSameInstantInUtcIsTheNextYear() {
			LocalDate discoveredOn = BreachClock.localDate(Instant.parse("2025-01-01T06:30:00Z"), ZoneId.of("UTC"));

			assertThat(discoveredOn).isEqualTo(LocalDate.parse("2025-01-01"));
			assertThat(deadlines(discoveredOn.toString(), 12).logYear()).isEqualTo(2025);
		}

		@Test
		void earlyOnTheFirstInTokyoIsAlreadyTheNewYear() {
			assertThat(BreachClock.localDate(Instant.parse("2024-12-31T16:00:00Z"), ZoneId.of("Asia/Tokyo")))
				.isEqualTo(LocalDate.parse("2025-01-01"));
		}

	}

	@Nested
	class LawEnforcement {

		@Test
		void anOralStatementStopsTheClockForThirtyDays() {
			Deadlines deadlines = deadlines("2025-01-01", 20, oral("2025-01-11"));

			assertThat(deadlines.individualsDueWithoutDelay()).isEqualTo(LocalDate.parse("2025-03-02"));
			assertThat(deadlines.delayEndsOn()).isEqualTo(LocalDate.parse("2025-02-10"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-04-01"));
			assertThat(deadlines.delayed()).isTrue();
		}

		@Test
		void aWrittenStatementWithinTheThirtyDaysTakesOverForThePeriodItStates() {
			LawEnforcementDelay delay = new LawEnforcementDelay(LocalDate.parse("2025-01-11"), "Det. A. Rivera",
					LocalDate.parse("2025-01-20"), LocalDate.parse("2025-04-30"));

			Deadlines deadlines = deadlines("2025-01-01", 20, delay);

			assertThat(delay.writtenFollowedOral()).isTrue();
			assertThat(delay.oralEndsOn()).isEqualTo(LocalDate.parse("2025-01-20"));
			assertThat(deadlines.delayEndsOn()).isEqualTo(LocalDate.parse("2025-04-30"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-06-19"));
		}

		@Test
		void aWrittenStatementAfterTheOralOnesThirtyDaysIsASecondDelay() {
			LawEnforcementDelay delay = new LawEnforcementDelay(LocalDate.parse("2025-01-11"), "Det. A. Rivera",
					LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));

			Deadlines deadlines = deadlines("2025-01-01", 20, delay);

			assertThat(delay.writtenFollowedOral()).isFalse();
			assertThat(delay.oralEndsOn()).isEqualTo(LocalDate.parse("2025-02-10"));
			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-05-01"));
		}

		@Test
		void aWrittenStatementAloneDelaysForItsPeriod() {
			Deadlines deadlines = deadlines("2025-01-01", 20, written("2025-02-01", "2025-03-15"));

			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-04-13"));
		}

		@Test
		void aStatementOnTheDayOfDiscoveryRestartsTheFullSixtyDaysWhenItEnds() {
			Deadlines deadlines = deadlines("2025-01-01", 20, written("2025-01-01", "2025-01-31"));

			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-04-01"));
		}

		@Test
		void aStatementAfterTheDeadlineShiftsNothing() {
			Deadlines deadlines = deadlines("2025-01-01", 20, oral("2025-03-05"));

			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-03-02"));
			assertThat(deadlines.delayed()).isFalse();
		}

		@Test
		void aStatementOnTheLastDayStillShifts() {
			Deadlines deadlines = deadlines("2025-01-01", 20, oral("2025-03-02"));

			assertThat(deadlines.individualsDue()).isEqualTo(LocalDate.parse("2025-04-01"));
		}

		@Test
		void theHhsNoticeOfALargeBreachMovesWithTheIndividuals() {
			Deadlines deadlines = deadlines("2025-01-01", 800, oral("2025-01-11"));

			assertThat(deadlines.hhsDue()).isEqualTo(deadlines.individualsDue()).isEqualTo("2025-04-01");
		}

		@Test
		void aDelayOverBeforeTheYearEndsLeavesTheYearLogWhereItWas() {
			Deadlines deadlines = deadlines("2025-03-01", 20, oral("2025-03-10"));

			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2026-03-01"));
		}

		@Test
		void aDelayRunningIntoTheNewYearMovesTheYearLogByTheDaysAfterTheThirtyFirst() {
			Deadlines deadlines = deadlines("2025-12-01", 20, written("2025-12-10", "2026-01-20"));

			assertThat(deadlines.hhsDue()).isEqualTo(LocalDate.parse("2026-03-21"));
		}

		@Test
		void theBusinessAssociatesNoticeMovesToo() {
			Deadlines deadlines = BreachClock.deadlines(new BreachFacts(LocalDate.parse("2025-02-20"), 40, Map.of(),
					LocalDate.parse("2025-01-10"), oral("2025-01-20")));

			assertThat(deadlines.businessAssociateNoticeDue()).isEqualTo(LocalDate.parse("2025-04-10"));
		}

		@Test
		void anOralStatementMustNameTheOfficial() {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> new LawEnforcementDelay(LocalDate.parse("2025-01-11"), " ", null, null))
				.satisfies((problem) -> assertThat(problem.errors()).containsKey("delayOfficial"));
		}

		@Test
		void aWrittenStatementMustStateItsPeriod() {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> new LawEnforcementDelay(null, null, LocalDate.parse("2025-01-11"), null))
				.satisfies((problem) -> assertThat(problem.errors()).containsKey("delayWrittenUntil"));
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> written("2025-01-11", "2025-01-10"))
				.satisfies((problem) -> assertThat(problem.errors()).containsKey("delayWrittenUntil"));
		}

		@Test
		void aWrittenStatementCannotPrecedeTheOralOneItFollows() {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> new LawEnforcementDelay(LocalDate.parse("2025-01-11"), "Det. A. Rivera",
						LocalDate.parse("2025-01-05"), LocalDate.parse("2025-02-05")))
				.satisfies((problem) -> assertThat(problem.errors()).containsKey("delayWrittenOn"));
		}

	}

}
