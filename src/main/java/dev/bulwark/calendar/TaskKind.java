package dev.bulwark.calendar;

/** Where a calendar item comes from. */
public enum TaskKind {

	/** Reported by another module; done there. */
	SOURCE("From another area"),

	/** A recurring obligation from the catalog. */
	RECURRING("Recurring obligation"),

	/** The practice's own task. */
	OWN("Practice task");

	private final String label;

	TaskKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether it is completed in the calendar (source items are done in their module).
	 */
	public boolean completedHere() {
		return this != SOURCE;
	}

}
