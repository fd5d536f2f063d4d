package dev.bulwark.evidence;

import java.time.LocalDate;
import java.time.Month;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;

/**
 * An evidence item: its description, its versions counter and the retention lock. Plain
 * Java; each transition returns the fact it produced for the store to publish.
 * <p>
 * The retention rule (164.316(b)(2)(i)): documentation is kept six years from the date of
 * its creation or the date when it last was in effect, whichever is later. Here that
 * means six years after the latest of: the day the item was created, the day its newest
 * version was stored (each earlier version was in effect until then), and its "effective
 * until" date. The retention date only ever moves later: a lock that an edit could
 * shorten would not be a lock.
 */
final class EvidenceItem {

	/** Years documentation is kept: 164.316(b)(2)(i). */
	static final int RETENTION_YEARS = 6;

	private final UUID practiceId;

	private final UUID id;

	private String title;

	private String description;

	private final LocalDate createdOn;

	private LocalDate effectiveUntil;

	private LocalDate retainUntil;

	private int currentVersion;

	EvidenceItem(UUID practiceId, UUID id, String title, String description, LocalDate createdOn,
			LocalDate effectiveUntil, LocalDate retainUntil, int currentVersion) {
		this.practiceId = practiceId;
		this.id = id;
		this.title = title;
		this.description = description;
		this.createdOn = createdOn;
		this.effectiveUntil = effectiveUntil;
		this.retainUntil = retainUntil;
		this.currentVersion = currentVersion;
	}

	/**
	 * A new item with its first version, created on the practice's local date
	 * {@code today}.
	 */
	static EvidenceItem create(UUID practiceId, UUID id, EvidenceForm form, String fallbackTitle, LocalDate today) {
		String title = (form.title() != null && !form.title().isBlank()) ? form.title().strip() : fallbackTitle;
		return new EvidenceItem(practiceId, id, checkTitle(title), clean(form.description()), today,
				form.effectiveUntil(), retentionDate(today, form.effectiveUntil()), 1);
	}

	/**
	 * The last day an item created on {@code createdOn}, in effect until
	 * {@code effectiveUntil} (or only on its creation day, when {@code null}), must be
	 * kept. A period starting on 29 February ends on 1 March, never a day short.
	 */
	static LocalDate retentionDate(LocalDate createdOn, LocalDate effectiveUntil) {
		LocalDate from = (effectiveUntil != null && effectiveUntil.isAfter(createdOn)) ? effectiveUntil : createdOn;
		return sixYearsFrom(from);
	}

	static LocalDate sixYearsFrom(LocalDate from) {
		LocalDate end = from.plusYears(RETENTION_YEARS);
		if (from.getMonth() == Month.FEBRUARY && from.getDayOfMonth() == 29 && end.getDayOfMonth() != 29) {
			// plusYears clamps 29 February to the 28th, which would end the period early.
			end = end.plusDays(1);
		}
		return end;
	}

	/** Whether the item may be deleted on the practice's local date {@code today}. */
	boolean deletableOn(LocalDate today) {
		return today.isAfter(this.retainUntil);
	}

	/**
	 * Records a new version stored on {@code today}; the earlier version was in effect
	 * until then, so the retention date moves to six years from today if that is later.
	 */
	EvidenceVersionAdded addVersion(long sizeBytes, String sha256, LocalDate today) {
		this.currentVersion++;
		extendRetention(sixYearsFrom(today));
		return new EvidenceVersionAdded(this.practiceId, this.id, this.title, this.currentVersion, sizeBytes, sha256,
				this.retainUntil);
	}

	/**
	 * Changes the description. A new "effective until" date can extend the retention date
	 * but never shorten it.
	 */
	EvidenceDetailsChanged change(EvidenceForm form) {
		if (form.title() == null || form.title().isBlank()) {
			throw InvalidInputException.of("title", "Give the evidence a title.");
		}
		this.title = checkTitle(form.title().strip());
		this.description = clean(form.description());
		this.effectiveUntil = form.effectiveUntil();
		if (this.effectiveUntil != null) {
			extendRetention(retentionDate(this.createdOn, this.effectiveUntil));
		}
		return new EvidenceDetailsChanged(this.practiceId, this.id, this.title, this.effectiveUntil, this.retainUntil);
	}

	/**
	 * Deletes the item on the practice's local date {@code today}: refused up to and
	 * including its retention date.
	 */
	EvidenceDeleted delete(LocalDate today) {
		if (!deletableOn(today)) {
			throw StateConflictException.of("This evidence must be kept until " + this.retainUntil
					+ " (six years from its creation or from the last date it was in effect, 164.316(b)(2)(i)). "
					+ "It can be deleted from " + this.retainUntil.plusDays(1) + ".");
		}
		return new EvidenceDeleted(this.practiceId, this.id, this.title, this.currentVersion, this.retainUntil);
	}

	/** The fact of the creation, for the store to publish. */
	EvidenceUploaded uploaded(long sizeBytes, String sha256, EvidenceOwner attachedTo) {
		return new EvidenceUploaded(this.practiceId, this.id, this.title, sizeBytes, sha256,
				(attachedTo != null) ? attachedTo.toString() : null, this.retainUntil);
	}

	private void extendRetention(LocalDate candidate) {
		if (candidate.isAfter(this.retainUntil)) {
			this.retainUntil = candidate;
		}
	}

	private static String checkTitle(String title) {
		if (title == null || title.isBlank()) {
			throw InvalidInputException.of("title", "Give the evidence a title.");
		}
		if (title.length() > 200) {
			throw InvalidInputException.of("title", "Keep the title under 200 characters.");
		}
		return title;
	}

	private static String clean(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > 4000) {
			throw InvalidInputException.of("description", "Keep the description under 4,000 characters.");
		}
		return text.strip();
	}

	UUID practiceId() {
		return this.practiceId;
	}

	UUID id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	LocalDate createdOn() {
		return this.createdOn;
	}

	LocalDate effectiveUntil() {
		return this.effectiveUntil;
	}

	LocalDate retainUntil() {
		return this.retainUntil;
	}

	int currentVersion() {
		return this.currentVersion;
	}

}
