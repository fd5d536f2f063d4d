package dev.bulwark.policies;

/** Where a version stands in its life: draft, approved, in effect, or no longer. */
enum VersionStatus {

	/** Being written; may be changed or discarded. */
	DRAFT("Draft"),

	/** Approved by the security officer, not yet published; may be discarded. */
	APPROVED("Approved, not yet published"),

	/** Published: the version in effect. */
	CURRENT("In effect"),

	/** Replaced by a later version; kept six years from its last effective date. */
	SUPERSEDED("Superseded"),

	/** In effect until the document was retired; kept six years from then. */
	RETIRED("Retired");

	private final String label;

	VersionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the version was never published, so it may be discarded. */
	public boolean unpublished() {
		return this == DRAFT || this == APPROVED;
	}

	/** Whether the version was in effect once and no longer is: it is retained. */
	public boolean pastEffect() {
		return this == SUPERSEDED || this == RETIRED;
	}

}
