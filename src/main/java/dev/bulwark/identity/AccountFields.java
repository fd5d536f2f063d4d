package dev.bulwark.identity;

import java.util.regex.Pattern;

import dev.bulwark.shared.InvalidInputException;

/**
 * Checks of the fields every account form shares (set-up, invitations, the account page,
 * the command line), collected into {@link InvalidInputException.Problems} so that a form
 * reports all its problems at once.
 */
final class AccountFields {

	static final int MAX_NAME = 200;

	// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private AccountFields() {
	}

	/** A person's or a practice's name: required, at most 200 characters. */
	static void name(InvalidInputException.Problems problems, String field, String value, String missing) {
		if (value == null || value.isBlank()) {
			problems.add(field, missing);
		}
		else if (value.strip().length() > MAX_NAME) {
			problems.add(field, "Keep this under " + MAX_NAME + " characters.");
		}
	}

	static void email(InvalidInputException.Problems problems, String field, String email) {
		if (email == null || email.isBlank()) {
			problems.add(field, "Enter an e-mail address.");
		}
		else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			problems.add(field, "Enter a full e-mail address, like name@example.com.");
		}
	}

}
