package dev.bulwark.inventory;

/** Where an asset is in its life; disposed assets keep their disposal record. */
public enum AssetStatus {

	IN_USE("In use"), SPARE("Spare"), DISPOSED("Disposed");

	private final String label;

	AssetStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
