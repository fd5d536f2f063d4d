package dev.bulwark.assessment;

/** How the practice deals with a risk. */
enum Treatment {

	MITIGATE("Reduce it (mitigate)", "Put safeguards in place that make it less likely or less harmful."),

	TRANSFER("Share it (transfer)", "Pass part of it to someone else, e.g. a vendor under contract or insurance."),

	AVOID("Stop the activity (avoid)", "Stop doing the thing that creates the risk."),

	ACCEPT("Accept it", "Live with it, with a written justification from the security officer.");

	private final String label;

	private final String description;

	Treatment(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

}
