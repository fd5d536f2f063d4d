package dev.bulwark.calendar;

/** Where a calendar item stands. */
public enum TaskStatus {

	OPEN("Open"),

	/** Completed in the calendar: who, when and a note are recorded. */
	DONE("Done"),

	/** Gone from its source's snapshot: the work was recorded in that module. */
	DONE_BY_SOURCE("Done in its area"),

	/**
	 * A recurring obligation another module now reports itself (a policy review per
	 * document): its generic occurrence is no longer needed.
	 */
	SUPERSEDED("Taken over by its area");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
