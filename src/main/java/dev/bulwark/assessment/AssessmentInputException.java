package dev.bulwark.assessment;

/**
 * Input that breaks a rule of the assessment, with the form field it concerns so that
 * pages can show the message next to that field. Answered with 400 in the API.
 */
public class AssessmentInputException extends IllegalArgumentException {

	private final String field;

	AssessmentInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field at fault, e.g. {@code justification}. */
	public String field() {
		return this.field;
	}

}
