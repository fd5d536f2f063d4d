package dev.bulwark.catalog;

import java.util.List;

/**
 * A section of the guided risk assessment with its questions in order.
 *
 * @param key the stable key, e.g. {@code workforce}
 * @param title the heading shown to the practice
 * @param description what the section covers
 * @param questions the section's questions
 */
public record Section(String key, String title, String description, List<Question> questions) {

	public Section {
		questions = List.copyOf(questions);
	}

}
