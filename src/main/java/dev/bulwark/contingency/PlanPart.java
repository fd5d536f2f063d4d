package dev.bulwark.contingency;

/**
 * The three plans 164.308(a)(7)(ii)(A)-(C) require, each a part of the contingency plan.
 */
enum PlanPart implements Labelled {

	DATA_BACKUP("Data backup plan", "164.308(a)(7)(ii)(A)"),
	DISASTER_RECOVERY("Disaster recovery plan", "164.308(a)(7)(ii)(B)"),
	EMERGENCY_MODE("Emergency mode operation plan", "164.308(a)(7)(ii)(C)");

	private final String label;

	private final String citation;

	PlanPart(String label, String citation) {
		this.label = label;
		this.citation = citation;
	}

	@Override
	public String label() {
		return this.label;
	}

	String citation() {
		return this.citation;
	}

}
