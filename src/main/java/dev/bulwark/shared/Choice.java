package dev.bulwark.shared;

/**
 * One option of a drop-down whose options are records rather than an enum (an asset, a
 * person), for the {@code pick} field of {@code fragments/fields.html}.
 */
public record Choice(String value, String label) {

	public static Choice of(Object value, String label) {
		return new Choice(value == null ? "" : value.toString(), label);
	}

}
