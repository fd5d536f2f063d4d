package dev.bulwark.calendar;

import java.time.LocalDate;
import java.time.Period;

/**
 * Due-date arithmetic in the practice's local calendar. Occurrences of a repeating task
 * are counted from one anchor date ({@code anchor + n x frequency}), never from the
 * previous due date, so a schedule that starts on 31 January falls on the last day of
 * each shorter month and returns to the 31st, and one that starts on 29 February falls on
 * 28 February in common years and on the 29th again in leap years.
 */
final class Schedule {

	/**
	 * The longest a first occurrence waits: a month to do each obligation the first time.
	 */
	static final Period FIRST_WITHIN = Period.ofDays(30);

	private Schedule() {
	}

	/**
	 * The first due date of a recurring obligation the calendar starts to track today: in
	 * one interval, but no later than 30 days from today.
	 */
	static LocalDate firstDue(LocalDate today, Period frequency) {
		LocalDate inOneInterval = today.plus(frequency);
		LocalDate withinAMonth = today.plus(FIRST_WITHIN);
		return inOneInterval.isBefore(withinAMonth) ? inOneInterval : withinAMonth;
	}

	/** Occurrence {@code n} of a schedule (occurrence 0 is the anchor itself). */
	static LocalDate occurrence(LocalDate anchor, Period frequency, int n) {
		return anchor.plus(frequency.multipliedBy(n));
	}

	/**
	 * The occurrence after {@code current} that falls after the completion date: a task
	 * done early keeps its schedule; one done very late skips the occurrences already
	 * past.
	 */
	static int nextOccurrence(LocalDate anchor, Period frequency, int current, LocalDate completedOn) {
		int n = current + 1;
		while (!occurrence(anchor, frequency, n).isAfter(completedOn)) {
			n++;
		}
		return n;
	}

}
