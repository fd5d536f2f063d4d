package dev.bulwark.inventory;

import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Checks that need the database (a name already taken, an asset of another practice)
 * report their problems by field, so pages can show them beside the field and the API can
 * answer 400 with the same words.
 */
final class Forms {

	private Forms() {
	}

	/** Adds each problem to its field, unless the field already has an error. */
	static void reject(BindingResult errors, Map<String, String> problems) {
		problems.forEach((field, message) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", message);
			}
		});
	}

	/**
	 * For the API and other callers without a form: fails with every problem in words.
	 */
	static void rejectIfAny(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw dev.bulwark.shared.InvalidInputException.of(problems);
		}
	}

}
