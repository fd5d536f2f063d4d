package dev.bulwark.contingency;

/** Whether a test restore gave back usable data. */
enum RestoreOutcome implements Labelled {

	SUCCEEDED("Succeeded: the data came back usable"), FAILED("Failed or incomplete");

	private final String label;

	RestoreOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
