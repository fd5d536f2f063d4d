package dev.bulwark.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored answer row. A row may exist without an answer, to hold an assignment or a
 * flag.
 *
 * @param previousAnswer the answer in the assessment this one was carried over from
 * @param carriedOver whether the answer was copied from last year and nobody has
 * confirmed or changed it yet
 * @param answeredRole the role the person answered in (its label), when recorded
 */
record AnswerRow(String questionKey, @Nullable AnswerValue answer, @Nullable String notApplicableReason,
		@Nullable String notes, @Nullable String evidence, boolean flagged, @Nullable UUID assigneeId,
		@Nullable AnswerValue previousAnswer, boolean carriedOver, @Nullable Instant answeredAt,
		@Nullable UUID answeredBy, @Nullable String answeredRole) {

	AnswerRow(String questionKey, @Nullable AnswerValue answer, @Nullable String notApplicableReason,
			@Nullable String notes, @Nullable String evidence, boolean flagged, @Nullable UUID assigneeId,
			@Nullable AnswerValue previousAnswer, boolean carriedOver, @Nullable Instant answeredAt,
			@Nullable UUID answeredBy) {
		this(questionKey, answer, notApplicableReason, notes, evidence, flagged, assigneeId, previousAnswer,
				carriedOver, answeredAt, answeredBy, null);
	}

	static AnswerRow empty(String questionKey) {
		return new AnswerRow(questionKey, null, null, null, null, false, null, null, false, null, null, null);
	}

	AnswerRow withRole(@Nullable String role) {
		return new AnswerRow(this.questionKey, this.answer, this.notApplicableReason, this.notes, this.evidence,
				this.flagged, this.assigneeId, this.previousAnswer, this.carriedOver, this.answeredAt, this.answeredBy,
				role);
	}

	AnswerRow withAssignee(@Nullable UUID assignee) {
		return new AnswerRow(this.questionKey, this.answer, this.notApplicableReason, this.notes, this.evidence,
				this.flagged, assignee, this.previousAnswer, this.carriedOver, this.answeredAt, this.answeredBy,
				this.answeredRole);
	}

	AnswerRow answered(AnswerForm form, Instant at, UUID by) {
		return answered(form, at, by, null);
	}

	/** The row after someone answered in the given role (its label). */
	AnswerRow answered(AnswerForm form, Instant at, UUID by, @Nullable String role) {
		AnswerValue value = form.answer();
		return new AnswerRow(this.questionKey, value,
				(value == AnswerValue.NOT_APPLICABLE) ? AnswerForm.trimmed(form.notApplicableReason()) : null,
				AnswerForm.trimmed(form.notes()), AnswerForm.trimmed(form.evidence()), form.flagged(), this.assigneeId,
				this.previousAnswer, false, (value != null) ? at : this.answeredAt,
				(value != null) ? by : this.answeredBy, (value != null) ? role : this.answeredRole);
	}

	/** The row for next year's assessment: same answer, marked as carried over. */
	AnswerRow forNextAssessment() {
		return new AnswerRow(this.questionKey, this.answer, this.notApplicableReason, this.notes, this.evidence, false,
				null, this.answer, this.answer != null, null, null, null);
	}

}
