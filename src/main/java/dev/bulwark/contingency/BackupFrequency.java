package dev.bulwark.contingency;

/**
 * How often a backup copy is made, with the longest gap between two runs in hours (used
 * to check the recovery point objective); {@code null} when it runs irregularly.
 */
enum BackupFrequency implements Labelled {

	CONTINUOUS("Continuously or every hour", 1), DAILY("Every day", 24), WEEKLY("Every week", 168),
	MONTHLY("Every month", 744), MANUAL("By hand, when someone remembers", null);

	private final String label;

	private final Integer hours;

	BackupFrequency(String label, Integer hours) {
		this.label = label;
		this.hours = hours;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Hours between two runs at most, or {@code null} for irregular copies. */
	Integer hours() {
		return this.hours;
	}

}
