package dev.bulwark.inventory;

/** How ePHI travels along a data flow. */
enum FlowChannel implements Labelled {

	EMAIL("E-mail"), PORTAL("Web portal"), FAX("Fax"), VPN("VPN"), FILE_SHARE("File share"), API("API or interface"),
	REMOVABLE_MEDIA("Removable media"), OTHER("Other");

	private final String label;

	FlowChannel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
