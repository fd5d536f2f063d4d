package dev.bulwark.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An evidence item in a list, with its current version.
 *
 * @param id the item
 * @param title its title
 * @param currentVersion the number of its newest version
 * @param fileName the newest version's file name
 * @param contentType the newest version's type
 * @param sizeBytes the newest version's size
 * @param authorName who created the item
 * @param createdAt when
 * @param updatedAt when the newest version was stored or the details last changed
 * @param effectiveUntil when it stops being in effect, or {@code null}
 * @param retainUntil the last day it must be kept
 * @param links how many records it is attached to
 */
public record EvidenceSummary(UUID id, String title, int currentVersion, String fileName, String contentType,
		long sizeBytes, String authorName, Instant createdAt, Instant updatedAt, LocalDate effectiveUntil,
		LocalDate retainUntil, int links) {

	/** "1.4 MB". */
	public String size() {
		return FileSizes.format(this.sizeBytes);
	}

}
