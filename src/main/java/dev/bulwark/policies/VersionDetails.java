package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a controlled document, as saved.
 *
 * @param number 1, 2, 3... within the document
 * @param content the Markdown text
 * @param changeNote what changed since the previous version, in a few words
 * @param significant whether its publication asked staff to acknowledge again
 * @param createdOn the practice's local date the draft was started
 * @param approvedOn the date of approval the security officer gave
 * @param approvedByName the approver's name as recorded
 * @param effectiveFrom the first day it was in effect
 * @param effectiveUntil the last day it was in effect (superseded or retired versions)
 * @param retainUntil the last day it must be kept (six years from the later of its
 * creation and its last effective date); {@code null} while it is or was never in effect
 */
record VersionDetails(UUID id, int number, VersionStatus status, String content, String changeNote, boolean significant,
		LocalDate createdOn, Instant createdAt, UUID createdBy, String createdByName, LocalDate approvedOn,
		Instant approvedAt, UUID approvedBy, String approvedByName, LocalDate effectiveFrom, Instant publishedAt,
		UUID publishedBy, LocalDate effectiveUntil, LocalDate retainUntil) {

	static VersionDetails draft(UUID id, int number, String content, String changeNote, LocalDate today, Instant now,
			UUID by, String byName) {
		return new VersionDetails(id, number, VersionStatus.DRAFT, content, changeNote, false, today, now, by, byName,
				null, null, null, null, null, null, null, null, null);
	}

	VersionDetails edited(String newContent, String newNote) {
		return new VersionDetails(this.id, this.number, this.status, newContent, newNote, this.significant,
				this.createdOn, this.createdAt, this.createdBy, this.createdByName, this.approvedOn, this.approvedAt,
				this.approvedBy, this.approvedByName, this.effectiveFrom, this.publishedAt, this.publishedBy,
				this.effectiveUntil, this.retainUntil);
	}

	VersionDetails approved(LocalDate on, Instant at, UUID by, String byName) {
		return new VersionDetails(this.id, this.number, VersionStatus.APPROVED, this.content, this.changeNote,
				this.significant, this.createdOn, this.createdAt, this.createdBy, this.createdByName, on, at, by,
				byName, null, null, null, null, null);
	}

	VersionDetails published(LocalDate from, Instant at, UUID by, boolean isSignificant) {
		return new VersionDetails(this.id, this.number, VersionStatus.CURRENT, this.content, this.changeNote,
				isSignificant, this.createdOn, this.createdAt, this.createdBy, this.createdByName, this.approvedOn,
				this.approvedAt, this.approvedBy, this.approvedByName, from, at, by, null, null);
	}

	/** No longer in effect after {@code lastEffective}, kept until {@code keepUntil}. */
	VersionDetails ended(VersionStatus endStatus, LocalDate lastEffective, LocalDate keepUntil) {
		return new VersionDetails(this.id, this.number, endStatus, this.content, this.changeNote, this.significant,
				this.createdOn, this.createdAt, this.createdBy, this.createdByName, this.approvedOn, this.approvedAt,
				this.approvedBy, this.approvedByName, this.effectiveFrom, this.publishedAt, this.publishedBy,
				lastEffective, keepUntil);
	}

	/** For templates: the status in words. */
	public String statusLabel() {
		return this.status.label();
	}

	/** Whether it may be deleted on the practice's date {@code today}. */
	public boolean deletableOn(LocalDate today) {
		return this.status.pastEffect() && this.retainUntil != null && today.isAfter(this.retainUntil);
	}

}
