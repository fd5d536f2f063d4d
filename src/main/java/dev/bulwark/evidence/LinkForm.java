package dev.bulwark.evidence;

import jakarta.validation.constraints.NotBlank;

/**
 * A record to attach an evidence item to, or detach it from (page form and JSON body).
 *
 * @param ownerType the kind of record, e.g. {@code vendor}
 * @param ownerId its id
 */
record LinkForm(@NotBlank(message = "Choose the kind of record.") String ownerType,
		@NotBlank(message = "Give the record's id.") String ownerId) {

	static LinkForm blank() {
		return new LinkForm(null, null);
	}

	EvidenceOwner owner() {
		return new EvidenceOwner(this.ownerType, this.ownerId);
	}

}
