package dev.bulwark.training;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The modules' Markdown as HTML for pages. The text ships with Bulwark, but it is still
 * rendered with raw HTML escaped and links sanitised, so a changed catalog file cannot
 * put markup or scripts on a page.
 */
final class TrainingMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private TrainingMarkdown() {
	}

	static String html(String markdown) {
		return (markdown == null || markdown.isBlank()) ? "" : RENDERER.render(PARSER.parse(markdown));
	}

}
