package archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Deliberate bypasses of the injected clock for
 * {@code ArchitectureRulesCatchViolationsTests}, one kind per class, and one class that
 * does it right.
 */
public final class ClockBypasses {

	private ClockBypasses() {
	}

	public static class CallsInstantNow {

		Instant now() {
			return Instant.now();
		}

	}

	public static class CallsLocalDateNowInAZone {

		LocalDate today() {
			return LocalDate.now(ZoneId.of("America/Chicago"));
		}

	}

	public static class ReferencesInstantNow {

		Supplier<Instant> clock() {
			return Instant::now;
		}

	}

	public static class CallsCurrentTimeMillis {

		long millis() {
			return System.currentTimeMillis();
		}

	}

	public static class MakesASystemClock {

		Clock clock() {
			return Clock.systemDefaultZone();
		}

	}

	public static class CreatesADateOfNow {

		Date now() {
			return new Date();
		}

	}

	public static class AsksTheCalendar {

		int year() {
			return Calendar.getInstance().get(Calendar.YEAR);
		}

	}

	/** Takes its time from the clock it is given: no violation. */
	public static class UsesTheInjectedClock {

		private final Clock clock;

		UsesTheInjectedClock(Clock clock) {
			this.clock = clock;
		}

		LocalDate today(ZoneId zone) {
			return LocalDate.ofInstant(this.clock.instant(), zone);
		}

		Date asDate() {
			return Date.from(this.clock.instant());
		}

	}

}
