package dev.bulwark.contingency;

import java.util.Arrays;
import java.util.List;

import dev.bulwark.shared.Choice;

/** A value people choose from a list, with the words they see for it. */
interface Labelled {

	String name();

	String label();

	/**
	 * The values as the options of a {@code pick} field, which starts empty: a required
	 * choice must not default to its first value unnoticed.
	 */
	static List<Choice> choices(Labelled... values) {
		return Arrays.stream(values).map((value) -> Choice.of(value.name(), value.label())).toList();
	}

}
