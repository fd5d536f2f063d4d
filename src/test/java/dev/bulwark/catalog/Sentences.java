package dev.bulwark.catalog;

import java.util.regex.Pattern;

/**
 * Counts sentences in catalog text, for the length rules of guidance, "why" and "good"
 * texts.
 */
final class Sentences {

	/**
	 * A sentence ends with . ! or ? followed by white space and a capital, quote or
	 * bracket.
	 */
	private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");

	private Sentences() {
	}

	static int count(String text) {
		return BOUNDARY.split(text.strip()).length;
	}

}
