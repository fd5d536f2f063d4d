package dev.bulwark.catalog;

import java.util.List;

/**
 * A question of the short practice profile asked before the assessment.
 *
 * @param key the stable key other modules use, e.g. {@code ehr_hosting}
 * @param label the question shown to the practice
 * @param help one line of help
 * @param type the kind of answer
 * @param choices the allowed values of a CHOICE field; empty otherwise
 */
public record ProfileField(String key, String label, String help, ProfileFieldType type, List<Choice> choices) {

	public ProfileField {
		choices = List.copyOf(choices);
	}

	/**
	 * One allowed value of a CHOICE field.
	 *
	 * @param value the stored value, e.g. {@code CLOUD}
	 * @param label what the practice sees
	 */
	public record Choice(String value, String label) {

	}

}
