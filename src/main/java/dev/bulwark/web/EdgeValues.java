package dev.bulwark.web;

import java.time.LocalDate;

/**
 * Values refused at the edge, the same way for pages and the API, because one of the two
 * databases cannot store them or no practice could mean them: text with a NUL character
 * (PostgreSQL refuses it, H2 stores it) and dates outside the years 1900-2199.
 */
final class EdgeValues {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2199;

	private EdgeValues() {
	}

	static String requireStorable(String text) {
		if (text != null && text.indexOf('\u0000') >= 0) {
			throw new IllegalArgumentException("NUL character");
		}
		return text;
	}

	static LocalDate requirePlausible(LocalDate date) {
		if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
			throw new IllegalArgumentException("Year out of range");
		}
		return date;
	}

}
