package dev.bulwark.policies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents' Markdown becomes safe HTML: no raw HTML, no script links, no remote images.
 */
class MarkdownTests {

	@Test
	void formatsHeadingsListsEmphasisAndTables() {
		String html = Markdown
			.html("## Purpose\n\n- **Back up** daily\n- Test *quarterly*\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
		assertThat(html).contains("<h2>Purpose</h2>")
			.contains("<li><strong>Back up</strong> daily</li>")
			.contains("<em>quarterly</em>")
			.contains("<td>1</td>");
	}

	@Test
	void rawHtmlIsShownAsTextNeverAsMarkup() {
		String html = Markdown.html("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void scriptLinksLoseTheirTargetAndImagesBecomeTheirDescription() {
		String html = Markdown.html("[click](javascript:alert(1)) and ![office plan](https://evil.example/x.png)");
		assertThat(html).doesNotContain("javascript:").doesNotContain("evil.example").contains("[Image: office plan]");
	}

	@Test
	void anEmptyTextIsEmpty() {
		assertThat(Markdown.html("  ")).isEmpty();
	}

}
