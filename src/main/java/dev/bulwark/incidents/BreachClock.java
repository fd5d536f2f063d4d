package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deadlines of the Breach Notification Rule (45 CFR 164.400-414), as plain date
 * arithmetic on the practice's local calendar.
 * <ul>
 * <li>Individuals: no later than 60 calendar days after discovery (164.404(b)).</li>
 * <li>HHS: at the same time as the individuals when 500 or more are affected in total
 * (164.408); otherwise in the yearly log, no later than 60 days after the end of the
 * calendar year of discovery (164.408): 1 March, or 29 February in a leap year.</li>
 * <li>Media: within the same 60 days when more than 500 residents of one state or
 * jurisdiction are affected (164.406).</li>
 * <li>A business associate's notice to the practice: no later than 60 calendar days after
 * the business associate's discovery (164.410).</li>
 * <li>A law-enforcement delay (164.412) stops the clocks for its period: the days of a
 * notice period used before the statement stay used, the rest run again from the day the
 * delay ends (see {@code docs/adr/0015-incidents-and-breach-clock.md}).</li>
 * </ul>
 * Every date is the practice's local date: a discovery at 22:30 on 31 December in
 * California belongs to that year, even though it is already 1 January in UTC.
 */
final class BreachClock {

	/** Individuals, media, HHS (500 or more) and business associates: 60 days. */
	static final int NOTICE_DAYS = 60;

	/** HHS is told with the individuals from this many affected in total. */
	static final int HHS_IMMEDIATE_FROM = 500;

	/**
	 * The media are told when more than this many residents of one state are affected.
	 */
	static final int MEDIA_MORE_THAN = 500;

	/** The yearly log is due this many days after 31 December. */
	static final int YEAR_LOG_DAYS = 60;

	private BreachClock() {
	}

	/** The practice's local date of an instant: what counts as the day of discovery. */
	static LocalDate localDate(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

	/**
	 * The day the yearly log of breaches discovered in {@code year} is due: 60 days after
	 * 31 December, counted, not looked up (1 March, or 29 February when the following
	 * year is a leap year).
	 */
	static LocalDate yearLogDue(int year) {
		return LocalDate.of(year, Month.DECEMBER, 31).plusDays(YEAR_LOG_DAYS);
	}

	/** Every deadline of one breach. */
	static Deadlines deadlines(BreachFacts facts) {
		LawEnforcementDelay delay = facts.delay();
		LocalDate individuals = shifted(facts.discoveredOn(), NOTICE_DAYS, delay);
		boolean hhsNow = facts.affected() >= HHS_IMMEDIATE_FROM;
		int year = facts.discoveredOn().getYear();
		LocalDate hhs = hhsNow ? individuals : shifted(LocalDate.of(year, Month.DECEMBER, 31), YEAR_LOG_DAYS, delay);
		List<String> mediaStates = facts.residentsByState()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > MEDIA_MORE_THAN)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		LocalDate media = mediaStates.isEmpty() ? null : individuals;
		LocalDate businessAssociate = (facts.businessAssociateDiscoveredOn() != null)
				? shifted(facts.businessAssociateDiscoveredOn(), NOTICE_DAYS, delay) : null;
		return new Deadlines(facts.discoveredOn(), individuals, facts.discoveredOn().plusDays(NOTICE_DAYS), hhsNow, hhs,
				hhsNow ? null : year, media, mediaStates, businessAssociate, delay.any() ? delay.endsOn() : null);
	}

	/**
	 * {@code days} calendar days from {@code start}, with the clock stopped while a
	 * law-enforcement delay runs. A statement made after the deadline shifts nothing.
	 */
	static LocalDate shifted(LocalDate start, int days, LawEnforcementDelay delay) {
		LocalDate cursor = start;
		long remaining = days;
		List<LawEnforcementDelay.Period> periods = delay.periods()
			.stream()
			.sorted(Comparator.comparing(LawEnforcementDelay.Period::start))
			.toList();
		for (LawEnforcementDelay.Period period : periods) {
			LocalDate due = cursor.plusDays(remaining);
			if (period.start().isAfter(due) || !period.end().isAfter(cursor)) {
				continue;
			}
			if (period.start().isAfter(cursor)) {
				remaining -= ChronoUnit.DAYS.between(cursor, period.start());
			}
			cursor = period.end();
		}
		return cursor.plusDays(remaining);
	}

	/**
	 * What the clock needs to know about a breach.
	 *
	 * @param discoveredOn the practice's local date of discovery (164.404(a)(2))
	 * @param affected individuals affected in total
	 * @param residentsByState affected residents per state or jurisdiction (may be
	 * partial)
	 * @param businessAssociateDiscoveredOn when a business associate discovered it, or
	 * {@code null}
	 * @param delay a law-enforcement delay, or {@link LawEnforcementDelay#NONE}
	 */
	record BreachFacts(LocalDate discoveredOn, int affected, Map<String, Integer> residentsByState,
			LocalDate businessAssociateDiscoveredOn, LawEnforcementDelay delay) {

		BreachFacts {
			residentsByState = Map.copyOf(new TreeMap<>(residentsByState));
			delay = (delay != null) ? delay : LawEnforcementDelay.NONE;
		}

	}

	/**
	 * The deadlines of one breach.
	 *
	 * @param discoveredOn the day of discovery
	 * @param individualsDue the last day to notify the individuals
	 * @param individualsDueWithoutDelay that day had there been no law-enforcement delay
	 * @param hhsWithIndividuals whether HHS is told with the individuals (500 or more)
	 * @param hhsDue the last day to tell HHS (with the individuals, or the yearly log)
	 * @param logYear the year whose log holds the breach (fewer than 500), or
	 * {@code null}
	 * @param mediaDue the last day to notify the media, or {@code null} when not required
	 * @param mediaStates the states with more than 500 affected residents
	 * @param businessAssociateNoticeDue the last day of the business associate's notice
	 * to the practice, or {@code null}
	 * @param delayEndsOn the day a law-enforcement delay ends, or {@code null}
	 */
	record Deadlines(LocalDate discoveredOn, LocalDate individualsDue, LocalDate individualsDueWithoutDelay,
			boolean hhsWithIndividuals, LocalDate hhsDue, Integer logYear, LocalDate mediaDue, List<String> mediaStates,
			LocalDate businessAssociateNoticeDue, LocalDate delayEndsOn) {

		Deadlines {
			mediaStates = List.copyOf(mediaStates);
		}

		public boolean mediaRequired() {
			return this.mediaDue != null;
		}

		public boolean delayed() {
			return !this.individualsDue.equals(this.individualsDueWithoutDelay);
		}

	}

}
