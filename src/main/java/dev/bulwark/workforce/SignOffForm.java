package dev.bulwark.workforce;

import jakarta.validation.constraints.Size;

/**
 * The security officer's sign-off of an access review.
 *
 * @param conclusion what the review found and what follows, if anything
 * @param confirmed that every line was reviewed; {@code null} is "no"
 */
record SignOffForm(@Size(max = 2000, message = "Keep the conclusion under 2,000 characters.") String conclusion,
		Boolean confirmed) {

	SignOffForm {
		confirmed = Boolean.TRUE.equals(confirmed);
	}

	static SignOffForm blank() {
		return new SignOffForm(null, false);
	}

}
