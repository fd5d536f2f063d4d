package dev.bulwark.inventory;

/**
 * Yes, no, or not known. "Not known" is a real answer for a small office, and the
 * findings treat it as a gap to close, not as "yes".
 */
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
