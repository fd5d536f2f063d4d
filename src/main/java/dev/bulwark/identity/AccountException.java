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

	/**
	 * Puts the message next to its field on a form, or at the top when it concerns no
	 * single field.
	 */
	void reportTo(org.springframework.validation.Errors errors) {
		if (this.field == null) {
			errors.reject("account", getMessage());
		}
		else {
			errors.rejectValue(this.field, "invalid", getMessage());
		}
	}

}
