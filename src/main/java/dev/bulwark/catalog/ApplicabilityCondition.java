package dev.bulwark.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A condition on the practice profile under which a question does not apply, with the
 * reason shown to the practice.
 * <p>
 * Profile values are {@link Boolean} for BOOLEAN fields, {@link Number} for NUMBER fields
 * and {@link String} for CHOICE fields. A profile without a value for the field does not
 * match, so an unanswered profile question does not hide a question; the exception is a
 * condition marked {@code orUnanswered}, used only for questions that concern a few
 * practices (a government body, a practice that is itself a business associate) and are
 * asked only once the profile says they apply.
 *
 * @param field the profile field key, e.g. {@code solo_practitioner}
 * @param operator how the profile value is compared
 * @param value the value to compare with: a scalar for {@link Operator#EQUALS}, a list
 * for {@link Operator#IN}, a number for {@link Operator#LESS_THAN}
 * @param reason why the question does not apply, in words a practice manager understands
 * @param orUnanswered whether the condition also matches when the profile has no value
 * for the field
 */
public record ApplicabilityCondition(String field, Operator operator, Object value, String reason,
		boolean orUnanswered) {

	public ApplicabilityCondition {
		if (value instanceof List<?> list) {
			value = List.copyOf(list);
		}
	}

	/** A condition that an unanswered profile field never meets. */
	public ApplicabilityCondition(String field, Operator operator, Object value, String reason) {
		this(field, operator, value, reason, false);
	}

	/** Whether the given practice profile meets this condition. */
	public boolean matches(Map<String, ?> profile) {
		Object actual = profile.get(this.field);
		if (actual == null) {
			return this.orUnanswered;
		}
		return switch (this.operator) {
			case EQUALS -> sameValue(actual, this.value);
			case IN -> ((List<?>) this.value).stream().anyMatch((candidate) -> sameValue(actual, candidate));
			case LESS_THAN -> actual instanceof Number number && this.value instanceof Number limit
					&& decimal(number).compareTo(decimal(limit)) < 0;
		};
	}

	private static boolean sameValue(Object actual, Object expected) {
		if (actual instanceof Number left && expected instanceof Number right) {
			return decimal(left).compareTo(decimal(right)) == 0;
		}
		return actual.equals(expected);
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal big) ? big : new BigDecimal(number.toString());
	}

	/** How a condition compares the profile value. */
	public enum Operator {

		/** The profile value equals the condition's value. */
		EQUALS,

		/** The profile value is one of the condition's values. */
		IN,

		/** The profile value is a number below the condition's value. */
		LESS_THAN

	}

}
