package dev.bulwark.assessment;

/** Where a risk came from. */
enum RiskSource {

	QUESTIONNAIRE("Assessment answers"), MANUAL("Added by hand"), INVENTORY("Inventory finding"),

	/** A gap reported by another of Bulwark's registers (vendors, backups...). */
	GAP("Found in your records");

	private final String label;

	RiskSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The source of risks proposed from the gaps a module reports. */
	static RiskSource ofGaps(String module) {
		return "inventory".equals(module) ? INVENTORY : GAP;
	}

}
