package dev.bulwark.evidence;

import java.time.Instant;

/**
 * One stored version of an evidence item.
 *
 * @param version its number, from 1
 * @param fileName the file's (cleaned) name
 * @param contentType its type, checked from its content
 * @param sizeBytes its size
 * @param sha256 the SHA-256 checksum of its content (hex), checked on every download
 * @param note what changed, optional
 * @param uploadedByName who stored it
 * @param uploadedAt when
 */
public record EvidenceVersion(int version, String fileName, String contentType, long sizeBytes, String sha256,
		String note, String uploadedByName, Instant uploadedAt) {

	/** "1.4 MB". */
	public String size() {
		return FileSizes.format(this.sizeBytes);
	}

}
