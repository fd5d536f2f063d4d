package dev.bulwark.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The documented decision on one addressable implementation specification (45 CFR
 * 164.306(d)(3)), or an empty one if not yet made.
 *
 * @param citation the specification, e.g. {@code 164.312(a)(2)(iv)}
 * @param title its title, e.g. {@code Encryption and decryption}
 * @param summary what it asks, in plain words
 * @param questionKeys the questions whose answers bear on it
 * @param carriedOver whether the decision was copied from last year's assessment
 * @param plannedTask for "not yet in place": the treatment-plan task that puts it in
 * place, with its due date, e.g. "Turn on BitLocker (due 2027-01-15)"
 */
record DecisionView(String citation, String title, String summary, List<String> questionKeys,
		@Nullable DecisionOutcome outcome, @Nullable String alternative, @Nullable String reason,
		boolean alternativeImplemented, @Nullable Instant decidedAt, @Nullable String decidedByName,
		boolean carriedOver, @Nullable UUID plannedTaskId, @Nullable String plannedTask) {

	/**
	 * The choice the page of all decisions offers before anything is recorded:
	 * "implemented" when the specification has related questions and every one of them is
	 * answered yes (the answers say it is in place); otherwise nothing, so that a choice
	 * that needs a reason or an alternative is made on purpose.
	 */
	public @Nullable DecisionOutcome proposed(Map<String, AnswerView> answers) {
		if (this.outcome != null || this.questionKeys.isEmpty()) {
			return null;
		}
		for (String key : this.questionKeys) {
			AnswerView answer = answers.get(key);
			if (answer == null || answer.effectiveAnswer() != AnswerValue.YES) {
				return null;
			}
		}
		return DecisionOutcome.IMPLEMENTED;
	}

	/**
	 * Where the decision contradicts the answers that bear on it, in words; {@code null}
	 * when it does not. "Implemented" next to an answer of no, partly or don't know is a
	 * contradiction: the answer says the specification is not (fully) in place.
	 */
	public @Nullable String contradiction(Map<String, AnswerView> answers) {
		if (this.outcome != DecisionOutcome.IMPLEMENTED) {
			return null;
		}
		List<String> weak = new ArrayList<>();
		for (String key : this.questionKeys) {
			AnswerView answer = answers.get(key);
			if (answer != null && answer.weak()) {
				weak.add(key + " (" + answer.effectiveAnswer().label() + ")");
			}
		}
		if (weak.isEmpty()) {
			return null;
		}
		return "Recorded as implemented, but " + String.join(", ", weak) + ((weak.size() == 1) ? " says" : " say")
				+ " it is not fully in place. Change the answer or the decision (\"not yet in place\" with a "
				+ "treatment-plan task).";
	}

}
