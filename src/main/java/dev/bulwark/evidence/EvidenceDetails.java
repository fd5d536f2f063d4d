package dev.bulwark.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An evidence item with its whole history.
 *
 * @param id the item
 * @param title its title
 * @param description what it shows, or {@code null}
 * @param authorName who created it
 * @param createdAt when
 * @param createdOn the practice's local date of creation
 * @param effectiveUntil when it stops being in effect, or {@code null}
 * @param retainUntil the last day it must be kept; it can be deleted from the next day
 * @param currentVersion the newest version's number
 * @param versions every version, newest first
 * @param links the records it is attached to
 */
public record EvidenceDetails(UUID id, String title, String description, String authorName, Instant createdAt,
		LocalDate createdOn, LocalDate effectiveUntil, LocalDate retainUntil, int currentVersion,
		List<EvidenceVersion> versions, List<EvidenceLink> links) {

	public EvidenceDetails {
		versions = List.copyOf(versions);
		links = List.copyOf(links);
	}

	/** The newest version. */
	public EvidenceVersion current() {
		return this.versions.get(0);
	}

	/** Whether it may be deleted on the practice's local date {@code today}. */
	public boolean deletableOn(LocalDate today) {
		return today.isAfter(this.retainUntil);
	}

}
