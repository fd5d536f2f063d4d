package dev.bulwark.incidents;

/** Where the response stands. */
enum IncidentStatus implements Labelled {

	REPORTED("Reported, not yet triaged"), INVESTIGATING("Being handled"), CLOSED("Closed");

	private final String label;

	IncidentStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
