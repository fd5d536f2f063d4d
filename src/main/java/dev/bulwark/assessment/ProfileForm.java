package dev.bulwark.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The practice profile: answers by profile field key ({@code true}/{@code false} for yes
 * or no, a whole number for counts, the choice's value otherwise). Empty values leave a
 * field unanswered; an unanswered field never rules a question out.
 */
record ProfileForm(Map<String, String> values) {

	public ProfileForm {
		values = (values != null) ? new LinkedHashMap<>(values) : new LinkedHashMap<>();
	}

}
