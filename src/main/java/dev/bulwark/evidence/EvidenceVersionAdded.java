package dev.bulwark.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new version of an evidence item was stored; the earlier ones are kept.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param version the new version's number
 * @param sizeBytes the size of the new file
 * @param sha256 its SHA-256 checksum (hex)
 * @param retainUntil the item's retention date after this version
 */
public record EvidenceVersionAdded(UUID practiceId, UUID evidenceId, String title, int version, long sizeBytes,
		String sha256, LocalDate retainUntil) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.version-added";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\": version " + this.version + " stored ("
				+ FileSizes.format(this.sizeBytes) + "); kept until " + this.retainUntil;
	}

}
