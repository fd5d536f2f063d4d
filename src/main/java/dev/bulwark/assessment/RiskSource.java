package dev.bulwark.assessment;

/** Where a risk came from. */
public enum RiskSource {

	QUESTIONNAIRE("Assessment answers"), MANUAL("Added by hand"), INVENTORY("Inventory finding");

	private final String label;

	RiskSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
