package dev.bulwark.contingency;

/** Durations in words. */
final class Durations {

	private Durations() {
	}

	/** "45 min", "3 h", "3 h 20 min". */
	static String minutes(long minutes) {
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		long rest = minutes % 60;
		return hours + " h" + ((rest > 0) ? " " + rest + " min" : "");
	}

}
