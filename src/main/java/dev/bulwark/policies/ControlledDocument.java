package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.StateConflictException;

/**
 * The rules of a controlled document's life, in plain Java: a version is drafted,
 * approved by the security officer, then published, when it becomes the version in effect
 * and the one before it is superseded. Every transition returns the fact it raises; the
 * service loads, saves and publishes.
 * <p>
 * Retention (164.316(b)(2)(i)): documentation is kept six years from the date of its
 * creation or the date it was last in effect, whichever is later. A superseded version
 * was in effect until the day the next one was published (it was in effect for part of
 * that day, so that day counts), a retired one until the day of retirement. Until six
 * years after that, a version cannot be deleted; a version never published is not policy
 * and may be discarded at any time.
 * <p>
 * Review: the rule asks for periodic review (164.316(b)(2)(iii)) without an interval;
 * Bulwark recommends yearly. Publication counts as a review.
 * <p>
 * Acknowledgement: staff acknowledge the version in effect; an acknowledgement of an
 * earlier version still counts unless a significant change was published since.
 */
final class ControlledDocument {

	/** Years documentation is kept: 164.316(b)(2)(i). */
	static final int RETENTION_YEARS = 6;

	/** Months between reviews: Bulwark's recommendation. */
	static final int REVIEW_MONTHS = 12;

	private final UUID practiceId;

	private final UUID id;

	private final DocumentKind kind;

	private final String ownerKey;

	private final String templateKey;

	private String title;

	private final List<String> citations;

	private Integer ackFromVersion;

	private LocalDate reviewDueOn;

	private LocalDate lastReviewedOn;

	private LocalDate retiredOn;

	private final Instant createdAt;

	/** Newest first. */
	private final List<VersionDetails> versions;

	private ControlledDocument(UUID practiceId, DocumentDetails details) {
		this.practiceId = practiceId;
		this.id = details.id();
		this.kind = details.kind();
		this.ownerKey = details.ownerKey();
		this.templateKey = details.templateKey();
		this.title = details.title();
		this.citations = details.citations();
		this.ackFromVersion = details.ackFromVersion();
		this.reviewDueOn = details.reviewDueOn();
		this.lastReviewedOn = details.lastReviewedOn();
		this.retiredOn = details.retiredOn();
		this.createdAt = details.createdAt();
		this.versions = new ArrayList<>(details.versions());
		this.versions.sort(Comparator.comparingInt(VersionDetails::number).reversed());
	}

	static ControlledDocument of(UUID practiceId, DocumentDetails details) {
		return new ControlledDocument(practiceId, details);
	}

	/** A new document without versions; {@link #startDraft} gives it its first. */
	static ControlledDocument create(UUID practiceId, UUID id, DocumentKind kind, String ownerKey, String templateKey,
			String title, List<String> citations, Instant now) {
		return new ControlledDocument(practiceId, new DocumentDetails(id, kind, ownerKey, templateKey,
				checkTitle(title), citations, null, null, null, null, now, List.of()));
	}

	/**
	 * The last day a version created on {@code createdOn} and last in effect on
	 * {@code lastEffective} must be kept. A period starting on 29 February ends on 1
	 * March, never a day short.
	 */
	static LocalDate retainUntil(LocalDate createdOn, LocalDate lastEffective) {
		LocalDate from = (lastEffective != null && lastEffective.isAfter(createdOn)) ? lastEffective : createdOn;
		LocalDate end = from.plusYears(RETENTION_YEARS);
		if (from.getMonth() == Month.FEBRUARY && from.getDayOfMonth() == 29 && end.getDayOfMonth() != 29) {
			end = end.plusDays(1);
		}
		return end;
	}

	// Transitions

	/**
	 * Starts the next version as a draft with the given text.
	 * @throws StateConflictException if the document was retired or a draft is open
	 */
	PolicyEvent.PolicyVersionDrafted startDraft(UUID versionId, String content, String changeNote, LocalDate today,
			Instant now, UUID by, String byName) {
		if (this.retiredOn != null) {
			throw StateConflictException.of("\"" + this.title + "\" was retired on " + this.retiredOn
					+ "; it gets no new versions. Create a new document instead.");
		}
		VersionDetails open = openDraft();
		if (open != null) {
			throw StateConflictException.of("Version " + open.number() + " is not published yet ("
					+ open.statusLabel().toLowerCase(java.util.Locale.ROOT)
					+ "): publish or discard it before starting another.");
		}
		int number = this.versions.isEmpty() ? 1 : this.versions.get(0).number() + 1;
		this.versions.add(0,
				VersionDetails.draft(versionId, number, checkContent(content), changeNote, today, now, by, byName));
		return new PolicyEvent.PolicyVersionDrafted(this.practiceId, this.id, this.title, number);
	}

	/**
	 * Changes a draft's text, change note and the document's title.
	 * @throws StateConflictException unless the version is a draft
	 */
	PolicyEvent.PolicyDraftChanged changeDraft(UUID versionId, String newTitle, String content, String changeNote) {
		VersionDetails version = version(versionId);
		if (version.status() != VersionStatus.DRAFT) {
			throw StateConflictException
				.of("Version " + version.number() + " is " + version.statusLabel().toLowerCase(java.util.Locale.ROOT)
						+ " and can no longer be changed. Start a new version to change the text"
						+ (version.status() == VersionStatus.APPROVED ? ", or discard this one." : "."));
		}
		if (newTitle != null) {
			this.title = checkTitle(newTitle);
		}
		replace(version.edited(checkContent(content), changeNote));
		return new PolicyEvent.PolicyDraftChanged(this.practiceId, this.id, this.title, version.number());
	}

	/**
	 * The security officer approves a draft, with their name and the date of approval.
	 * @throws StateConflictException unless the version is a draft
	 * @throws InvalidInputException if the date is after today or before the draft began
	 */
	PolicyEvent.PolicyVersionApproved approve(UUID versionId, LocalDate approvedOn, String approverName,
			LocalDate today, Instant now, UUID by) {
		VersionDetails version = version(versionId);
		if (version.status() != VersionStatus.DRAFT) {
			throw StateConflictException.of("Only a draft can be approved; version " + version.number() + " is "
					+ version.statusLabel().toLowerCase(java.util.Locale.ROOT) + ".");
		}
		if (approvedOn.isAfter(today)) {
			throw InvalidInputException.of("approvedOn", "The approval date cannot be in the future.");
		}
		if (approvedOn.isBefore(version.createdOn())) {
			throw InvalidInputException.of("approvedOn",
					"The approval date cannot be before the draft was started (" + version.createdOn() + ").");
		}
		replace(version.approved(approvedOn, now, by, approverName));
		return new PolicyEvent.PolicyVersionApproved(this.practiceId, this.id, this.title, version.number(),
				approverName, approvedOn);
	}

	/**
	 * Puts an approved version in effect from {@code today}. The version in effect until
	 * now is superseded, last in effect today. The first publication, and any significant
	 * change, asks every member to acknowledge the new version. The next review is due a
	 * year later.
	 * @throws StateConflictException unless the version is approved
	 */
	PolicyEvent.PolicyPublished publish(UUID versionId, boolean significant, LocalDate today, Instant now, UUID by) {
		VersionDetails version = version(versionId);
		if (version.status() != VersionStatus.APPROVED) {
			throw StateConflictException.of("Only an approved version can be published; version " + version.number()
					+ " is " + version.statusLabel().toLowerCase(java.util.Locale.ROOT)
					+ (version.status() == VersionStatus.DRAFT ? ". Approve it first." : "."));
		}
		VersionDetails before = current();
		LocalDate supersededRetain = null;
		if (before != null) {
			supersededRetain = retainUntil(before.createdOn(), today);
			replace(before.ended(VersionStatus.SUPERSEDED, today, supersededRetain));
		}
		boolean askAgain = significant || this.ackFromVersion == null;
		replace(version.published(today, now, by, askAgain));
		if (askAgain) {
			this.ackFromVersion = version.number();
		}
		this.reviewDueOn = nextReview(today);
		return new PolicyEvent.PolicyPublished(this.practiceId, this.id, this.title, version.number(), today, askAgain,
				(before != null) ? before.number() : null, (before != null) ? today : null, supersededRetain);
	}

	/**
	 * Removes a version: one never published is discarded; one no longer in effect is
	 * deleted once its six years have passed, and not a day sooner.
	 * @throws StateConflictException for the version in effect, or one still retained
	 */
	PolicyEvent remove(UUID versionId, LocalDate today) {
		VersionDetails version = version(versionId);
		if (version.status().unpublished()) {
			this.versions.remove(version);
			return new PolicyEvent.PolicyVersionDiscarded(this.practiceId, this.id, this.title, version.number());
		}
		if (version.status() == VersionStatus.CURRENT) {
			throw StateConflictException.of("Version " + version.number() + " of \"" + this.title
					+ "\" is in effect and cannot be deleted. Publish a new version or retire the document; the "
					+ "version is then kept for six years.");
		}
		if (!version.deletableOn(today)) {
			throw StateConflictException.of("Version " + version.number() + " of \"" + this.title
					+ "\" must be kept until " + version.retainUntil()
					+ ": six years from the later of its creation and the last day it was in effect ("
					+ version.effectiveUntil() + "), 164.316(b)(2)(i). It can be deleted from "
					+ version.retainUntil().plusDays(1) + ".");
		}
		this.versions.remove(version);
		return new PolicyEvent.PolicyVersionDeleted(this.practiceId, this.id, this.title, version.number(),
				version.retainUntil());
	}

	/**
	 * Retires the whole document today: its version in effect is retired (kept six
	 * years), and nothing of it is reviewed or acknowledged any more.
	 * @throws StateConflictException if already retired or a draft is open
	 */
	PolicyEvent.PolicyRetired retire(LocalDate today) {
		if (this.retiredOn != null) {
			throw StateConflictException.of("\"" + this.title + "\" was already retired on " + this.retiredOn + ".");
		}
		VersionDetails open = openDraft();
		if (open != null) {
			throw StateConflictException
				.of("Version " + open.number() + " is not published yet: discard it before retiring the document.");
		}
		VersionDetails current = current();
		LocalDate keep = null;
		if (current != null) {
			keep = retainUntil(current.createdOn(), today);
			replace(current.ended(VersionStatus.RETIRED, today, keep));
		}
		this.retiredOn = today;
		this.reviewDueOn = null;
		return new PolicyEvent.PolicyRetired(this.practiceId, this.id, this.title,
				(current != null) ? current.number() : null, (current != null) ? today : null, keep);
	}

	/**
	 * Records a periodic review of the version in effect; the next is due a year after
	 * it.
	 * @throws StateConflictException if nothing is in effect
	 * @throws InvalidInputException if the date is after today or before the version took
	 * effect
	 */
	PolicyEvent.PolicyReviewed review(LocalDate reviewedOn, boolean changesNeeded, LocalDate today) {
		VersionDetails current = current();
		if (current == null) {
			throw StateConflictException.of("Nothing of \"" + this.title
					+ "\" is in effect: publish a version first. Its review is due a year after publication.");
		}
		if (reviewedOn.isAfter(today)) {
			throw InvalidInputException.of("reviewedOn", "The review date cannot be in the future.");
		}
		if (reviewedOn.isBefore(current.effectiveFrom())) {
			throw InvalidInputException.of("reviewedOn", "The review date cannot be before the version in effect "
					+ "was published (" + current.effectiveFrom() + ").");
		}
		this.lastReviewedOn = reviewedOn;
		this.reviewDueOn = nextReview(reviewedOn);
		return new PolicyEvent.PolicyReviewed(this.practiceId, this.id, this.title, reviewedOn, changesNeeded,
				this.reviewDueOn);
	}

	/**
	 * A person acknowledges the version in effect.
	 * @param versionId the version they read
	 * @param acknowledged the version numbers this person acknowledged before
	 * @throws InvalidInputException if the version is not one of this document
	 * @throws StateConflictException if staff do not acknowledge this kind, the version
	 * is not in effect, or the person already acknowledged it
	 */
	PolicyEvent.PolicyAcknowledged acknowledge(UUID versionId, UUID userId, String userName,
			Collection<Integer> acknowledged, LocalDate today) {
		if (!this.kind.acknowledgedByStaff()) {
			throw StateConflictException.of("Staff do not acknowledge "
					+ this.kind.pluralLabel().toLowerCase(java.util.Locale.ROOT) + "; only policies are acknowledged.");
		}
		VersionDetails version = this.versions.stream()
			.filter((v) -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("versionId", "That version does not exist in this practice."));
		if (version.status() != VersionStatus.CURRENT) {
			VersionDetails current = current();
			throw StateConflictException.of("Version " + version.number() + " of \"" + this.title
					+ "\" is not in effect"
					+ ((current != null) ? "; read version " + current.number() + " and acknowledge that one." : "."));
		}
		if (acknowledged.contains(version.number())) {
			throw StateConflictException
				.of("You have already acknowledged version " + version.number() + " of \"" + this.title + "\".");
		}
		return new PolicyEvent.PolicyAcknowledged(this.practiceId, this.id, this.title, version.number(), userId,
				userName, today);
	}

	// Rules read by pages and the due dates

	/**
	 * Whether a person who acknowledged the given version numbers must still acknowledge
	 * the version in effect: an acknowledgement counts if it is of the version from which
	 * acknowledgement was last asked (first publication or significant change) or a later
	 * one.
	 */
	boolean awaitsAcknowledgement(Collection<Integer> acknowledged) {
		if (!this.kind.acknowledgedByStaff() || current() == null || this.ackFromVersion == null) {
			return false;
		}
		return acknowledged.stream().noneMatch((number) -> number >= this.ackFromVersion);
	}

	/**
	 * The day Bulwark asks for an acknowledgement by: a set number of days after the
	 * version in effect took effect (a recommendation; the rule sets no deadline).
	 */
	LocalDate acknowledgementDueOn(int days) {
		VersionDetails current = current();
		return (current != null) ? current.effectiveFrom().plusDays(days) : null;
	}

	VersionDetails current() {
		return this.versions.stream().filter((v) -> v.status() == VersionStatus.CURRENT).findFirst().orElse(null);
	}

	VersionDetails openDraft() {
		return this.versions.stream().filter((v) -> v.status().unpublished()).findFirst().orElse(null);
	}

	VersionDetails version(UUID versionId) {
		return this.versions.stream()
			.filter((v) -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Policy version", versionId));
	}

	/** The document as it stands now, for saving and reading. */
	DocumentDetails details() {
		return new DocumentDetails(this.id, this.kind, this.ownerKey, this.templateKey, this.title, this.citations,
				this.ackFromVersion, this.reviewDueOn, this.lastReviewedOn, this.retiredOn, this.createdAt,
				this.versions);
	}

	UUID id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	DocumentKind kind() {
		return this.kind;
	}

	private static LocalDate nextReview(LocalDate from) {
		return from.plusMonths(REVIEW_MONTHS);
	}

	private void replace(VersionDetails version) {
		for (int i = 0; i < this.versions.size(); i++) {
			if (this.versions.get(i).id().equals(version.id())) {
				this.versions.set(i, version);
				return;
			}
		}
		throw new IllegalStateException("No version " + version.id());
	}

	static String checkTitle(String title) {
		if (title == null || title.isBlank()) {
			throw InvalidInputException.of("title", "Give the document a title.");
		}
		if (title.length() > 200) {
			throw InvalidInputException.of("title", "Keep the title under 200 characters.");
		}
		return title.strip();
	}

	static String checkContent(String content) {
		if (content == null || content.isBlank()) {
			throw InvalidInputException.of("content", "Write the text of the document.");
		}
		if (content.length() > DraftForm.MAX_CONTENT) {
			throw InvalidInputException.of("content", "Keep the text under 200,000 characters.");
		}
		return content;
	}

}
