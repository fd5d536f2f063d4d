package dev.bulwark.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question of an assessment with its answer, as the practice sees it.
 *
 * @param questionKey the catalog key, e.g. {@code DAT-07}
 * @param sectionKey the section the question belongs to
 * @param text the question
 * @param citations the requirements the answer gives evidence for
 * @param proposedRule whether the question is asked only in NPRM-ready mode
 * @param technical whether the question is about IT (the IT technician may answer it)
 * @param profileReason why the practice profile makes the question not applicable, if it
 * does; such a question is not asked
 * @param answer the stored answer, if any
 * @param notApplicableReason the reason given with a "not applicable" answer
 * @param notes notes
 * @param evidence evidence references, one per line
 * @param flagged whether someone flagged it for later
 * @param assigneeId the member who should answer it, if assigned
 * @param assigneeName that member's name
 * @param previousAnswer last year's answer, when carried over
 * @param carriedOver whether the answer was copied from last year and not yet confirmed
 * @param changedSinceLastYear whether the answer differs from last year's
 * @param answeredAt when it was last answered in this assessment
 * @param answeredByName who answered it
 * @param answeredByRole in which role they answered (for answers saved before roles were
 * recorded: their role today, so marked)
 */
record AnswerView(String questionKey, String sectionKey, String text, List<String> citations, boolean proposedRule,
		boolean technical, @Nullable String profileReason, @Nullable AnswerValue answer,
		@Nullable String notApplicableReason, @Nullable String notes, @Nullable String evidence, boolean flagged,
		@Nullable UUID assigneeId, @Nullable String assigneeName, @Nullable AnswerValue previousAnswer,
		boolean carriedOver, boolean changedSinceLastYear, @Nullable Instant answeredAt,
		@Nullable String answeredByName, @Nullable String answeredByRole) {

	/**
	 * The answer that counts: "not applicable" when the profile rules the question out.
	 */
	public @Nullable AnswerValue effectiveAnswer() {
		return (this.profileReason != null) ? AnswerValue.NOT_APPLICABLE : this.answer;
	}

	/** The reason the question does not apply, from the profile or from the answer. */
	public @Nullable String effectiveReason() {
		return (this.profileReason != null) ? this.profileReason : this.notApplicableReason;
	}

	/**
	 * Whether the question is asked of this practice (the profile does not rule it out).
	 */
	public boolean asked() {
		return this.profileReason == null;
	}

	public boolean answered() {
		return effectiveAnswer() != null;
	}

	/** Whether the answer is partly, no or don't know. */
	public boolean weak() {
		AnswerValue value = effectiveAnswer();
		return value != null && value.weak();
	}

	/** Evidence references, one per entry. */
	public List<String> evidenceLines() {
		if (this.evidence == null) {
			return List.of();
		}
		return this.evidence.lines().map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	/**
	 * Evidence references, each marked when it is a web link that pages may show as one.
	 */
	public List<EvidenceReference> evidenceReferences() {
		return evidenceLines().stream().map(EvidenceReference::of).toList();
	}

	/**
	 * One evidence reference.
	 *
	 * @param link whether it is an http(s) link (other schemes are never shown as links)
	 */
	public record EvidenceReference(String text, boolean link) {

		static EvidenceReference of(String text) {
			return new EvidenceReference(text, text.startsWith("https://") || text.startsWith("http://"));
		}

	}

}
