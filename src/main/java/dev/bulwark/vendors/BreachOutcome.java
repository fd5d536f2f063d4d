package dev.bulwark.vendors;

/**
 * Where the response to a business associate's material breach stands: steps to cure it
 * are under way, it was cured, the agreement was terminated, or terminating was not
 * feasible (then the reason is recorded).
 */
enum BreachOutcome implements Labelled {

	CURING("Steps to cure or end it are under way", true), CURED("Cured: the violation has ended", false),
	TERMINATED("The agreement was terminated", false),
	TERMINATION_NOT_FEASIBLE("Not cured, and terminating is not feasible", true);

	private final String label;

	private final boolean open;

	BreachOutcome(String label, boolean open) {
		this.label = label;
		this.open = open;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Whether the breach still needs the practice's attention. */
	boolean open() {
		return this.open;
	}

}
