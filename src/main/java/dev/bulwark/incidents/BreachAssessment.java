package dev.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * A decided breach assessment (164.402). The order is the rule's: an exception of 164.402
 * means no breach; PHI secured (encrypted, key not compromised) is not unsecured PHI and
 * needs no notice; otherwise a breach is presumed unless the four-factor assessment,
 * every factor reasoned, shows a low probability of compromise. Ransomware reads data
 * from the running system, where disk encryption is open: it cannot be called secured,
 * and stays a presumed breach unless the four factors show otherwise.
 */
record BreachAssessment(UUID incidentId, AssessmentForm answers, Conclusion conclusion, UUID decidedBy,
		String decidedByName, Instant decidedAt) {

	/** Checks the answers and draws the conclusion. */
	static Conclusion conclude(AssessmentForm form, IncidentType type) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.exceptionKind() != ExceptionKind.NONE) {
			problems.addIf(form.exceptionReasoning() == null, "exceptionReasoning",
					"Explain why the exception applies: who had the information, and why it went no further.");
			problems.throwIfAny();
			return Conclusion.NOT_A_BREACH_EXCEPTION;
		}
		if (form.secured()) {
			problems.addIf(type == IncidentType.RANSOMWARE, "secured",
					"Ransomware reads data from the running system, where disk encryption is unlocked: record the "
							+ "four-factor assessment instead.");
			problems.addIf(form.securedReasoning() == null, "securedReasoning",
					"Say how the information was encrypted and why the key was not compromised.");
			problems.throwIfAny();
			return Conclusion.NOT_A_BREACH_SECURED;
		}
		if (form.lowProbability()) {
			String missing = "Give the practice's reasoning for this factor: a low probability of compromise must "
					+ "rest on all four.";
			problems.addIf(form.factorNature() == null, "factorNature", missing);
			problems.addIf(form.factorRecipient() == null, "factorRecipient", missing);
			problems.addIf(form.factorAcquired() == null, "factorAcquired", missing);
			problems.addIf(form.factorMitigation() == null, "factorMitigation", missing);
			problems.throwIfAny();
			return Conclusion.LOW_PROBABILITY;
		}
		return Conclusion.BREACH;
	}

}
