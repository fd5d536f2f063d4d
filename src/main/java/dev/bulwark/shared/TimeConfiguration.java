package dev.bulwark.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock. Time comes from the injected {@link Clock} so that deadlines, lockouts,
 * expiries and the daily tick can be tested without waiting (tests replace it with a
 * clock they move). This is the only class allowed to read the system clock: an
 * architecture rule forbids {@code now()}, {@code System.currentTimeMillis()},
 * {@code Clock.system*()} and {@code new Date()} everywhere else.
 * <p>
 * The clock is in UTC on purpose: a date is always asked for in a time zone, the
 * practice's ({@code LocalDate.ofInstant(clock.instant(), zone)}), never the server's.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return systemClock();
	}

	/**
	 * The system clock, for the few things that run before the application context (and
	 * its {@link Clock} bean) exists, such as the self-signed TLS certificate made while
	 * the environment is prepared. Everything else injects the {@link Clock}.
	 */
	public static Clock systemClock() {
		return Clock.systemUTC();
	}

}
