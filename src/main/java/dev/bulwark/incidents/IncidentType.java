package dev.bulwark.incidents;

/** What kind of incident it was; the response plan has steps for each. */
enum IncidentType implements Labelled {

	LOST_OR_STOLEN_DEVICE("Lost or stolen device"), PHISHING("Phishing or compromised account"),
	RANSOMWARE("Ransomware"), MISDIRECTED_PHI("Misdirected patient information"), INSIDER_SNOOPING("Insider snooping"),
	VENDOR_BREACH("Vendor (business associate) breach"), OTHER("Other");

	private final String label;

	IncidentType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
