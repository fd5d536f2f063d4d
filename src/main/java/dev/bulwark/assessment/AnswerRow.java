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
 */
record AnswerRow(String questionKey, @Nullable AnswerValue answer, @Nullable String notApplicableReason,
		@Nullable String notes, @Nullable String evidence, boolean flagged, @Nullable UUID assigneeId,
		@Nullable AnswerValue previousAnswer, boolean carriedOver, @Nullable Instant answeredAt,
		@Nullable UUID answeredBy) {

	static AnswerRow empty(String questionKey) {
		return new AnswerRow(questionKey, null, null, null, null, false, null, null, false, null, null);
	}

	AnswerRow withAssignee(@Nullable UUID assignee) {
		return new AnswerRow(this.questionKey, this.answer, this.notApplicableReason, this.notes, this.evidence,
				this.flagged, assignee, this.previousAnswer, this.carriedOver, this.answeredAt, this.answeredBy);
	}

	AnswerRow answered(AnswerForm form, Instant at, UUID by) {
		AnswerValue value = form.answer();
		return new AnswerRow(this.questionKey, value,
				(value == AnswerValue.NOT_APPLICABLE) ? AnswerForm.trimmed(form.notApplicableReason()) : null,
				AnswerForm.trimmed(form.notes()), AnswerForm.trimmed(form.evidence()), form.flagged(), this.assigneeId,
				this.previousAnswer, false, (value != null) ? at : this.answeredAt,
				(value != null) ? by : this.answeredBy);
	}

	/** The row for next year's assessment: same answer, marked as carried over. */
	AnswerRow forNextAssessment() {
		return new AnswerRow(this.questionKey, this.answer, this.notApplicableReason, this.notes, this.evidence, false,
				null, this.answer, this.answer != null, null, null);
	}

}
