package dev.bulwark.incidents;

/** Where the breached information was, as the HHS breach portal asks for it. */
enum PortalLocation implements Labelled {

	DESKTOP_COMPUTER("Desktop Computer"), ELECTRONIC_MEDICAL_RECORD("Electronic Medical Record"), EMAIL("Email"),
	LAPTOP("Laptop"), NETWORK_SERVER("Network Server"), OTHER_PORTABLE_DEVICE("Other Portable Electronic Device"),
	PAPER_FILMS("Paper/Films"), OTHER("Other");

	private final String label;

	PortalLocation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
