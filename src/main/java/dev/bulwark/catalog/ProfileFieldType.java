package dev.bulwark.catalog;

/**
 * The kind of answer a practice-profile field takes, and the Java type its value has in a
 * profile map.
 */
public enum ProfileFieldType {

	/** Yes or no, held as a {@link Boolean}. */
	BOOLEAN,

	/** A count, held as a {@link Number}. */
	NUMBER,

	/** One of a fixed list of values, held as the value's {@link String}. */
	CHOICE

}
