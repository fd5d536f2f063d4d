package dev.bulwark.assessment;

import dev.bulwark.shared.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Accepting a risk is a management decision the practice must be able to defend: only the
 * security officer may make it, and only with a written justification of at least a
 * sentence. Who accepted and when is recorded with the risk.
 */
final class RiskAcceptance {

	static final int MINIMUM_JUSTIFICATION = 20;

	private RiskAcceptance() {
	}

	static String check(Role role, String justification) {
		if (role != Role.SECURITY_OFFICER) {
			throw new AccessDeniedException("Only the security officer can accept a risk.");
		}
		String text = AnswerForm.trimmed(justification);
		if (text == null) {
			throw new AssessmentInputException("justification",
					"Write why the practice accepts this risk instead of reducing it.");
		}
		if (text.length() < MINIMUM_JUSTIFICATION) {
			throw new AssessmentInputException("justification",
					"Write at least a full sentence: what makes the risk acceptable, and what would change your mind.");
		}
		return text;
	}

}
