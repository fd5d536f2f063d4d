package dev.bulwark.calendar;

import java.time.Period;

import dev.bulwark.shared.Choice;

/** How often a practice's own task repeats. */
enum Repeat {

	NEVER("Does not repeat", null), WEEKLY("Every week", Period.ofWeeks(1)), MONTHLY("Every month", Period.ofMonths(1)),
	QUARTERLY("Every 3 months", Period.ofMonths(3)), HALF_YEARLY("Every 6 months", Period.ofMonths(6)),
	YEARLY("Every year", Period.ofYears(1));

	private final String label;

	private final Period period;

	Repeat(String label, Period period) {
		this.label = label;
		this.period = period;
	}

	public String label() {
		return this.label;
	}

	Period period() {
		return this.period;
	}

	static java.util.List<Choice> choices() {
		return java.util.Arrays.stream(values()).map((r) -> new Choice(r.name(), r.label)).toList();
	}

	/** Words for a stored frequency, e.g. "Every 6 months". */
	static String describe(Period period) {
		if (period == null) {
			return "Once";
		}
		for (Repeat repeat : values()) {
			if (period.equals(repeat.period)) {
				return repeat.label;
			}
		}
		if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
			return "Every " + period.getYears() + " years";
		}
		if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
			return "Every " + period.getMonths() + " months";
		}
		return "Every " + period.getDays() + " days";
	}

}
