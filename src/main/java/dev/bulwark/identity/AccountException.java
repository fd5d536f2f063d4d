package dev.bulwark.identity;

/**
 * A request about accounts that cannot be carried out, with a message meant for the
 * person who asked and, where it concerns one form field, that field's name.
 */
class AccountException extends RuntimeException {

	private final String field;

	AccountException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
