package dev.bulwark.shared;

/**
 * A role above the practices, held by the people of the managed service provider (MSP)
 * that runs this installation. It never opens a practice's records by itself: an MSP
 * person works in a practice only through an assignment there (a membership, normally
 * with {@link Role#MSP_TECHNICIAN}), which the practice's security officer sees and can
 * revoke. What each MSP role may do above the practices is listed once, in
 * {@link Permission} (the installation-wide entries). See
 * {@code docs/adr/0023-msp-mode.md}.
 */
public enum MspRole {

	/**
	 * Creates and archives practices, assigns technicians, keeps templates, grants MSP
	 * roles; the account created at set-up holds it.
	 */
	ADMINISTRATOR("MSP administrator"),

	/** Serves the practices they are assigned to; sees them in the portfolio. */
	TECHNICIAN("MSP technician");

	private final String label;

	MspRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
