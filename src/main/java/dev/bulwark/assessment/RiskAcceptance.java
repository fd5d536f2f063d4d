package dev.bulwark.assessment;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;

/**
 * Accepting a risk is a management decision the practice must be able to defend: only
 * whoever holds {@link Permission#RISK_ACCEPT} (the security officer) may make it, and
 * only with a written justification of at least a sentence. Who accepted and when is
 * recorded with the risk.
 */
final class RiskAcceptance {

	static final int MINIMUM_JUSTIFICATION = 20;

	private RiskAcceptance() {
	}

	/** The justification, trimmed; fails with 403 or a message on the field. */
	static String check(Actor actor, String justification) {
		actor.require(Permission.RISK_ACCEPT);
		String text = AnswerForm.trimmed(justification);
		if (text == null) {
			throw InvalidInputException.of("justification",
					"Write why the practice accepts this risk instead of reducing it.");
		}
		if (text.length() < MINIMUM_JUSTIFICATION) {
			throw InvalidInputException.of("justification",
					"Write at least a full sentence: what makes the risk acceptable, and what would change your mind.");
		}
		return text;
	}

}
