package dev.bulwark.identity;

import java.util.regex.Pattern;

/**
 * Field checks shared by set-up, invitations and the command line, with messages for
 * people.
 */
final class Validation {

	// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Validation() {
	}

	static void requireText(String field, String value, String message, int max) {
		if (value == null || value.isBlank()) {
			throw new AccountException(field, message);
		}
		if (value.trim().length() > max) {
			throw new AccountException(field, "Keep this under " + max + " characters.");
		}
	}

	static void requireEmail(String field, String email) {
		if (email == null || email.isBlank()) {
			throw new AccountException(field, "Enter an e-mail address.");
		}
		if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			throw new AccountException(field, "Enter a full e-mail address, like name@example.com.");
		}
	}

}
