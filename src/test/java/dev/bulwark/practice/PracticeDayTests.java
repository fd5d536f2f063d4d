package dev.bulwark.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a practice's new day begins: local midnight in its own zone, DST included. */
class PracticeDayTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	@Test
	void theSameInstantIsADifferentDateInDifferentZones() {
		Instant instant = Instant.parse("2025-06-01T03:30:00Z");
		assertThat(PracticeDay.today(instant, ZoneId.of("UTC"))).isEqualTo("2025-06-01");
		assertThat(PracticeDay.today(instant, CHICAGO)).isEqualTo("2025-05-31");
		assertThat(PracticeDay.today(instant, ZoneId.of("Pacific/Kiritimati"))).isEqualTo("2025-06-01");
		assertThat(PracticeDay.today(instant, ZoneId.of("Pacific/Pago_Pago"))).isEqualTo("2025-05-31");
	}

	@Test
	void aDayBeginsAtLocalMidnightNotBefore() {
		// Chicago in June is UTC-5: midnight is 05:00 UTC.
		LocalDate yesterday = LocalDate.parse("2025-06-01");
		assertThat(PracticeDay.toAnnounce(Instant.parse("2025-06-02T04:59:59Z"), CHICAGO, yesterday)).isEmpty();
		assertThat(PracticeDay.toAnnounce(Instant.parse("2025-06-02T05:00:00Z"), CHICAGO, yesterday))
			.contains(LocalDate.parse("2025-06-02"));
	}

	@Test
	void aHalfHourZoneBeginsItsDayOnTheHalfHour() {
		// Kolkata is UTC+5:30: midnight is 18:30 UTC the day before.
		LocalDate yesterday = LocalDate.parse("2025-06-01");
		assertThat(PracticeDay.toAnnounce(Instant.parse("2025-06-01T18:29:59Z"), KOLKATA, yesterday)).isEmpty();
		assertThat(PracticeDay.toAnnounce(Instant.parse("2025-06-01T18:30:00Z"), KOLKATA, yesterday))
			.contains(LocalDate.parse("2025-06-02"));
	}

	@Test
	void aDayAlreadyAnnouncedIsNotAnnouncedAgain() {
		Instant noon = Instant.parse("2025-06-02T17:00:00Z");
		assertThat(PracticeDay.toAnnounce(noon, CHICAGO, LocalDate.parse("2025-06-02"))).isEmpty();
		// A practice whose zone moved east may have announced "tomorrow" already.
		assertThat(PracticeDay.toAnnounce(noon, CHICAGO, LocalDate.parse("2025-06-03"))).isEmpty();
	}

	@Test
	void aPracticeNeverTickedAnnouncesToday() {
		assertThat(PracticeDay.toAnnounce(Instant.parse("2025-06-02T17:00:00Z"), CHICAGO, null))
			.contains(LocalDate.parse("2025-06-02"));
	}

	@Test
	void afterDowntimeOnlyTodayIsAnnounced() {
		assertThat(
				PracticeDay.toAnnounce(Instant.parse("2025-06-10T17:00:00Z"), CHICAGO, LocalDate.parse("2025-06-02")))
			.contains(LocalDate.parse("2025-06-10"));
	}

	@Test
	void hourlyTicksAcrossTheSpringForwardWeekendAnnounceEachDayOnce() {
		// 2025-03-09: clocks in Chicago jump from 02:00 to 03:00; that day has 23 hours.
		List<LocalDate> announced = hourlyTicks(CHICAGO, Instant.parse("2025-03-08T12:00:00Z"),
				Instant.parse("2025-03-11T12:00:00Z"), LocalDate.parse("2025-03-08"));
		assertThat(announced).containsExactly(LocalDate.parse("2025-03-09"), LocalDate.parse("2025-03-10"),
				LocalDate.parse("2025-03-11"));
	}

	@Test
	void hourlyTicksAcrossTheFallBackWeekendAnnounceEachDayOnce() {
		// 2025-11-02: clocks in Chicago go back from 02:00 to 01:00; that day has 25
		// hours.
		List<LocalDate> announced = hourlyTicks(CHICAGO, Instant.parse("2025-11-01T12:00:00Z"),
				Instant.parse("2025-11-04T12:00:00Z"), LocalDate.parse("2025-11-01"));
		assertThat(announced).containsExactly(LocalDate.parse("2025-11-02"), LocalDate.parse("2025-11-03"),
				LocalDate.parse("2025-11-04"));
	}

	@Test
	void aDayWhoseMidnightDoesNotExistStillBegins() {
		// Until 2019, São Paulo's daylight saving began at midnight: 2018-11-04 had no
		// 00:00, the day began at 01:00 local (03:00 UTC).
		ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
		LocalDate before = LocalDate.parse("2018-11-03");
		assertThat(PracticeDay.toAnnounce(Instant.parse("2018-11-04T02:59:59Z"), saoPaulo, before)).isEmpty();
		assertThat(PracticeDay.toAnnounce(Instant.parse("2018-11-04T03:00:00Z"), saoPaulo, before))
			.contains(LocalDate.parse("2018-11-04"));
	}

	@Test
	void theFirstHourlyTickAfterMidnightAnnouncesTheDay() {
		// Ticks come at the top of each UTC hour; in Kolkata that is half past.
		List<LocalDate> announced = new ArrayList<>();
		LocalDate last = LocalDate.parse("2025-06-01");
		for (Instant tick = Instant.parse("2025-06-01T17:00:00Z"); !tick
			.isAfter(Instant.parse("2025-06-01T20:00:00Z")); tick = tick.plus(Duration.ofHours(1))) {
			var day = PracticeDay.toAnnounce(tick, KOLKATA, last);
			if (day.isPresent()) {
				announced.add(day.get());
				last = day.get();
				assertThat(tick).isEqualTo("2025-06-01T19:00:00Z");
			}
		}
		assertThat(announced).containsExactly(LocalDate.parse("2025-06-02"));
	}

	private static List<LocalDate> hourlyTicks(ZoneId zone, Instant from, Instant to, LocalDate lastAnnounced) {
		List<LocalDate> announced = new ArrayList<>();
		LocalDate last = lastAnnounced;
		for (Instant tick = from; !tick.isAfter(to); tick = tick.plus(Duration.ofHours(1))) {
			var day = PracticeDay.toAnnounce(tick, zone, last);
			if (day.isPresent()) {
				announced.add(day.get());
				last = day.get();
			}
		}
		return announced;
	}

}
