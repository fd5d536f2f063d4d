package dev.bulwark.inventory;

/** Whether an asset holds or reaches electronic protected health information. */
enum EphiUse implements Labelled {

	STORES("Stores ePHI"), ACCESSES("Accesses ePHI"),
	/**
	 * Reaches ePHI kept elsewhere, and patient files can be saved on it (downloads,
	 * exports, e-mail attachments): on a portable device that is as good as storing.
	 */
	FILES_SAVED("Accesses ePHI, and patient files can be saved on it"), NONE("No ePHI"), UNKNOWN("Not known");

	private final String label;

	EphiUse(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Stores or accesses ePHI. */
	public boolean involved() {
		return this == STORES || this == ACCESSES || this == FILES_SAVED;
	}

}
