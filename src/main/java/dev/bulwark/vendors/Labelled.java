package dev.bulwark.vendors;

import java.util.Arrays;
import java.util.List;

import dev.bulwark.shared.Choice;

/** An enum shown in words in drop-downs and pages. */
interface Labelled {

	String label();

	String name();

	static List<Choice> choices(Labelled... values) {
		return Arrays.stream(values).map((value) -> new Choice(value.name(), value.label())).toList();
	}

}
