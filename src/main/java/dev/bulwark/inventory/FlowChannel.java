package dev.bulwark.inventory;

/** How ePHI travels along a data flow. */
public enum FlowChannel {

	EMAIL("E-mail"), PORTAL("Web portal"), FAX("Fax"), VPN("VPN"), FILE_SHARE("File share"), API("API or interface"),
	REMOVABLE_MEDIA("Removable media"), OTHER("Other");

	private final String label;

	FlowChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
