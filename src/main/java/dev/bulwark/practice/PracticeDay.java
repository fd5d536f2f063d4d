package dev.bulwark.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a practice's new day begins: the date arithmetic of the daily tick, in plain Java.
 * A day begins at local midnight in the practice's own time zone, whatever the server's
 * zone and whatever daylight saving does to the length of the day.
 */
final class PracticeDay {

	private PracticeDay() {
	}

	/** The practice's local date at the instant. */
	static LocalDate today(Instant now, ZoneId zone) {
		return LocalDate.ofInstant(now, zone);
	}

	/**
	 * The local date whose beginning is still to be announced at {@code now}: today, if
	 * the last announced day is earlier (or there was none); nothing otherwise. After
	 * downtime only today is announced, not each missed day: listeners look at the state
	 * of things on that date (what is overdue now), so one catch-up event is enough.
	 * @param lastAnnounced the date of the last {@code PracticeDayBegan}, or {@code null}
	 */
	static Optional<LocalDate> toAnnounce(Instant now, ZoneId zone, LocalDate lastAnnounced) {
		LocalDate today = today(now, zone);
		return (lastAnnounced == null || lastAnnounced.isBefore(today)) ? Optional.of(today) : Optional.empty();
	}

}
