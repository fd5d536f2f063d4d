package dev.bulwark.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form (page and multipart API): the file, how it is described, and optionally
 * the record it belongs to and the page to return to.
 */
record UploadForm(@Size(max = 200, message = "Keep the title under 200 characters.") String title,
		@Size(max = 4000, message = "Keep the description under 4,000 characters.") String description,
		LocalDate effectiveUntil, MultipartFile file, String ownerType, String ownerId, String returnTo) {

	static UploadForm blank(String ownerType, String ownerId, String returnTo) {
		return new UploadForm(null, null, null, null, ownerType, ownerId, returnTo);
	}

	EvidenceForm evidence() {
		return new EvidenceForm(this.title, this.description, this.effectiveUntil);
	}

	/** The record to attach to, or {@code null}; field errors for a bad type or id. */
	EvidenceOwner owner() {
		return EvidenceOwner.optional(this.ownerType, this.ownerId);
	}

}
