package dev.bulwark.policies;

import jakarta.validation.constraints.Size;

/**
 * Starts the next version of a document.
 *
 * @param content the new text; empty to start from the text in effect (or the latest
 * version)
 * @param changeNote what is going to change, in a few words
 */
record NewVersionForm(
		@Size(max = DraftForm.MAX_CONTENT, message = "Keep the text under 200,000 characters.") String content,
		@Size(max = 500, message = "Keep the note under 500 characters.") String changeNote) {

	static NewVersionForm blank() {
		return new NewVersionForm(null, null);
	}

}
