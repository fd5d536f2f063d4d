package dev.bulwark.assessment;

/**
 * The documented decision on an addressable implementation specification (45 CFR
 * 164.306(d)(3)).
 */
enum DecisionOutcome {

	IMPLEMENTED("Implemented", "The specification is in place as described."),

	ALTERNATIVE("Equivalent alternative", "Something else achieves the same purpose; describe it."),

	NOT_REASONABLE("Not reasonable and appropriate",
			"Not reasonable for this practice; give the reason, and any alternative used instead."),

	PLANNED("Not yet in place — planned in the treatment plan",
			"Reasonable and appropriate, but not in place yet; name the treatment-plan task that puts it in place.");

	private final String label;

	private final String description;

	DecisionOutcome(String label, String description) {
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
