package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A controlled document with all its versions, newest first.
 *
 * @param ownerKey the key of the module record that generates it, or {@code null}
 * @param templateKey the policy template it was adopted from, or {@code null}
 * @param citations the rules it implements
 * @param ackFromVersion staff must have acknowledged this version or a later one;
 * {@code null} before the first publication
 * @param reviewDueOn the next review (yearly: a recommendation; the rule says
 * "periodically")
 * @param retiredOn the day the whole document was retired, or {@code null}
 */
record DocumentDetails(UUID id, DocumentKind kind, String ownerKey, String templateKey, String title,
		List<String> citations, Integer ackFromVersion, LocalDate reviewDueOn, LocalDate lastReviewedOn,
		LocalDate retiredOn, Instant createdAt, List<VersionDetails> versions) {

	DocumentDetails {
		citations = List.copyOf(citations);
		versions = List.copyOf(versions);
	}

	/** The version in effect. */
	public Optional<VersionDetails> current() {
		return this.versions.stream().filter((v) -> v.status() == VersionStatus.CURRENT).findFirst();
	}

	/** The draft or approved version not yet published (at most one). */
	public Optional<VersionDetails> openDraft() {
		return this.versions.stream().filter((v) -> v.status().unpublished()).findFirst();
	}

	public Optional<VersionDetails> version(UUID versionId) {
		return this.versions.stream().filter((v) -> v.id().equals(versionId)).findFirst();
	}

	public boolean retired() {
		return this.retiredOn != null;
	}

	public String link() {
		return DocumentSummary.linkTo(this.id);
	}

	public DocumentSummary summary() {
		VersionDetails current = current().orElse(null);
		return new DocumentSummary(this.id, this.kind, this.title, (current != null) ? current.number() : null,
				(current != null) ? current.effectiveFrom() : null,
				openDraft().map(VersionDetails::number).orElse(null), this.reviewDueOn, retired(), link());
	}

}
