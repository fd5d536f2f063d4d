package dev.bulwark.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the assessment's state does not allow: it is signed off and frozen, or not yet
 * at the step the change needs. The message is written for people and answered with 409
 * Conflict.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class AssessmentConflictException extends RuntimeException {

	AssessmentConflictException(String message) {
		super(message);
	}

	static AssessmentConflictException frozen() {
		return new AssessmentConflictException("This assessment was signed off and is frozen, so nothing in it can "
				+ "change. Start a new assessment to record changes; it can begin from these answers.");
	}

}
