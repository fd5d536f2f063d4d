package dev.bulwark.policies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A draft's text, on the edit page and as the API's body.
 *
 * @param title the document's title
 * @param content the text, in Markdown: headings with {@code #}, lists with {@code -},
 * bold with {@code **}; raw HTML is shown as text
 * @param changeNote what changed since the previous version, in a few words
 */
record DraftForm(
		@NotBlank(message = "Give the document a title.") @Size(max = 200,
				message = "Keep the title under 200 characters.") String title,
		@NotBlank(message = "Write the text of the document.") @Size(max = DraftForm.MAX_CONTENT,
				message = "Keep the text under 200,000 characters.") String content,
		@Size(max = 500, message = "Keep the note under 500 characters.") String changeNote) {

	static final int MAX_CONTENT = 200_000;

}
