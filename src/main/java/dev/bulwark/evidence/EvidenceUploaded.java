package dev.bulwark.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new evidence item was stored with its first version.
 *
 * @param practiceId the practice
 * @param evidenceId the new item
 * @param title its title
 * @param sizeBytes the size of the file
 * @param sha256 the file's SHA-256 checksum (hex)
 * @param attachedTo the record it was attached to at once ({@code type/id}), or
 * {@code null}
 * @param retainUntil the date up to which it cannot be deleted
 */
public record EvidenceUploaded(UUID practiceId, UUID evidenceId, String title, long sizeBytes, String sha256,
		String attachedTo, LocalDate retainUntil) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.uploaded";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" stored (version 1, " + FileSizes.format(this.sizeBytes) + ")"
				+ ((this.attachedTo != null) ? " for " + this.attachedTo : "") + "; kept until " + this.retainUntil;
	}

}
