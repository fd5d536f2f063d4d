package dev.bulwark.inventory;

/** Where an asset is in its life; disposed assets keep their disposal record. */
enum AssetStatus implements Labelled {

	IN_USE("In use"), SPARE("Spare"), DISPOSED("Disposed");

	private final String label;

	AssetStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
