package dev.bulwark.policies;

import java.util.List;

/**
 * A policy template shipped with Bulwark ({@code catalog/policies/<key>.md}): written for
 * small practices in the project's own words, with the citations it implements.
 *
 * @param key stable key, the file's name
 * @param title the policy's title
 * @param order position in the list and the manual
 * @param citations the Security Rule or Breach Notification Rule provisions it implements
 * @param summary one sentence: what the policy is about
 * @param body the Markdown text with placeholders (see {@link TemplateText})
 */
record PolicyTemplate(String key, String title, int order, List<String> citations, String summary, String body) {

	PolicyTemplate {
		citations = List.copyOf(citations);
	}

	/** For pages: the citations as one line. */
	public String citationLine() {
		return String.join(", ", this.citations);
	}

}
