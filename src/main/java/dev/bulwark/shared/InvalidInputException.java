package dev.bulwark.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person can correct, with a message per form field (the whole form is the field
 * {@code ""}). Pages show each message next to its field through {@link FormPost}; the
 * API answers 400 with the same messages under {@code errors}.
 * <p>
 * Messages are written for the person who typed the input: plain words, no internals,
 * never a library's own exception text. Collect several problems with {@link Problems} so
 * a form reports every field at once.
 */
public class InvalidInputException extends RuntimeException {

	/** The field name for a problem with the whole form rather than one field. */
	public static final String WHOLE_FORM = "";

	private final transient Map<String, String> errors;

	private InvalidInputException(Map<String, String> errors) {
		super("Invalid input in " + errors.keySet());
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	/** One field at fault. */
	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(Map.of(field, message));
	}

	/** A problem with the whole form. */
	public static InvalidInputException ofForm(String message) {
		return of(WHOLE_FORM, message);
	}

	/** Several fields at fault; must not be empty. */
	public static InvalidInputException of(Map<String, String> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("No errors");
		}
		return new InvalidInputException(errors);
	}

	/** Messages by field, in the order they were found. */
	public Map<String, String> errors() {
		return this.errors;
	}

	/**
	 * Collects problems with a form field by field, then fails with all of them at once.
	 * The first message for a field wins.
	 */
	public static final class Problems {

		private final Map<String, String> errors = new LinkedHashMap<>();

		public Problems add(String field, String message) {
			this.errors.putIfAbsent(field, message);
			return this;
		}

		public Problems addIf(boolean condition, String field, String message) {
			return condition ? add(field, message) : this;
		}

		public boolean isEmpty() {
			return this.errors.isEmpty();
		}

		public boolean has(String field) {
			return this.errors.containsKey(field);
		}

		public Map<String, String> asMap() {
			return Collections.unmodifiableMap(this.errors);
		}

		/** Throws an {@link InvalidInputException} with every problem found, if any. */
		public void throwIfAny() {
			if (!this.errors.isEmpty()) {
				throw InvalidInputException.of(this.errors);
			}
		}

	}

}
