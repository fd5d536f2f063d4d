package dev.bulwark.inventory;

/** How current an asset's operating system or software is. */
enum PatchStatus implements Labelled {

	CURRENT("Up to date"), BEHIND("Updates missing"), END_OF_LIFE("No longer supported (end of life)"),
	UNKNOWN("Not known");

	private final String label;

	PatchStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
