package dev.bulwark.inventory;

/**
 * Whether an asset holds or reaches electronic protected health information. A backup
 * target (the NAS or the cloud backup service the copies go to) holds ePHI like a store,
 * but it is the backup: it is not expected to be backed up itself.
 */
enum EphiUse implements Labelled {

	STORES("Stores ePHI"), BACKUPS("Holds backup copies of ePHI"), ACCESSES("Accesses ePHI"),
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

	/** Stores, holds backups of, or accesses ePHI. */
	public boolean involved() {
		return this == STORES || this == BACKUPS || this == ACCESSES || this == FILES_SAVED;
	}

	/** Keeps ePHI on its own storage: the data itself or backup copies of it. */
	public boolean holds() {
		return this == STORES || this == BACKUPS;
	}

}
