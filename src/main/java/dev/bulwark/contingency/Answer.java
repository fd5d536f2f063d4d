package dev.bulwark.contingency;

/** Yes, no, or not known; "not known" is treated as a gap to close, never as "yes". */
enum Answer implements Labelled {

	YES("Yes"), NO("No"), UNKNOWN("Not known");

	private final String label;

	Answer(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
