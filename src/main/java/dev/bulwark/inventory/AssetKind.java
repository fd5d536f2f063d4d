package dev.bulwark.inventory;

/** What sort of thing an asset is; decides which safeguards are expected of it. */
enum AssetKind implements Labelled {

	WORKSTATION("Workstation"), LAPTOP("Laptop"), MOBILE("Phone or tablet"), SERVER("Server"),
	NETWORK_DEVICE("Network device"), REMOVABLE_MEDIA("Removable media"), MEDICAL_DEVICE("Medical device"),
	PRINTER_SCANNER("Printer or scanner"), APPLICATION("Application or software"), CLOUD_SERVICE("Cloud service");

	private final String label;

	AssetKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Software and services people sign in to, where MFA is the expected control. */
	public boolean isSoftware() {
		return this == APPLICATION || this == CLOUD_SERVICE;
	}

	/** Devices that leave the building easily and are lost or stolen most often. */
	public boolean isPortable() {
		return this == LAPTOP || this == MOBILE || this == REMOVABLE_MEDIA;
	}

	/** Hardware that can hold data on its own disk or memory. */
	public boolean isDevice() {
		return !isSoftware();
	}

	/** General-purpose computers, where anti-malware software is expected. */
	public boolean needsAntiMalware() {
		return this == WORKSTATION || this == LAPTOP || this == SERVER;
	}

}
