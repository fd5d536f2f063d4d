package dev.bulwark.inventory;

/** How current an asset's operating system or software is. */
public enum PatchStatus {

	CURRENT("Up to date"), BEHIND("Updates missing"), END_OF_LIFE("No longer supported (end of life)"),
	UNKNOWN("Not known");

	private final String label;

	PatchStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
