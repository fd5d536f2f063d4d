package dev.bulwark.evidence;

/**
 * Filter for the evidence list; every field is optional.
 *
 * @param q words in the title, description or file name
 * @param ownerType only items attached to this kind of record; {@code none} for items
 * attached to nothing
 * @param ownerId with {@code ownerType}: only items attached to this record
 */
record EvidenceFilter(String q, String ownerType, String ownerId) {

	static EvidenceFilter none() {
		return new EvidenceFilter(null, null, null);
	}

	/** The value meaning "attached to nothing". */
	static final String UNATTACHED = "none";

}
