package dev.bulwark.assessment;

/** Where a risk stands in the register. */
enum RiskStatus {

	/** Suggested by a weak answer or an inventory finding; nobody has reviewed it yet. */
	PROPOSED("Proposed", true),

	/** Confirmed and being treated. */
	OPEN("Open", true),

	/** Accepted by the security officer with a written justification. */
	ACCEPTED("Accepted", true),

	/** Treated: the safeguards are in place (or the risk was transferred or avoided). */
	CLOSED("Closed", false),

	/**
	 * No longer applies: the answers that raised it improved, the finding was resolved,
	 * or someone dismissed it.
	 */
	WITHDRAWN("Withdrawn", false);

	private final String label;

	private final boolean current;

	RiskStatus(String label, boolean current) {
		this.label = label;
		this.current = current;
	}

	public String label() {
		return this.label;
	}

	/** Whether the risk is still part of the practice's current risk picture. */
	public boolean current() {
		return this.current;
	}

}
