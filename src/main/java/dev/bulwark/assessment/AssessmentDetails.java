package dev.bulwark.assessment;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An assessment with everything in it: the profile, progress per section, every question
 * shown to the practice with its answer, and the addressable-specification decisions.
 *
 * @param attestation the signed attestation statement, once signed off
 * @param profile the practice profile answers by field key
 */
record AssessmentDetails(AssessmentSummary summary, @Nullable String attestation, Map<String, String> profile,
		List<SectionProgress> sections, List<AnswerView> answers, List<DecisionView> decisions) {

	/** Asked questions still without an answer. */
	public int unanswered() {
		return this.summary.asked() - this.summary.answered();
	}

	/** Addressable specifications still without a recorded decision. */
	public int openDecisions() {
		return (int) this.decisions.stream().filter((decision) -> decision.outcome() == null).count();
	}

}
