package dev.bulwark.policies;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a document's Markdown into HTML for pages and PDFs, safely: raw HTML in the text
 * is shown as text ({@code <script>} becomes visible characters, never markup), links
 * with {@code javascript:} and similar schemes lose their target, and images are replaced
 * by their description so that neither a page nor the PDF renderer fetches anything from
 * elsewhere. The output is well-formed XHTML, as the PDF renderer needs.
 */
final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private Markdown() {
	}

	/** Sanitised HTML of the Markdown text. */
	static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		List<Image> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				images.add(image);
			}
		});
		for (Image image : images) {
			String alt = altText(image).strip();
			image.insertBefore(new Text("[Image" + (alt.isEmpty() ? "" : ": " + alt) + "]"));
			image.unlink();
		}
		return RENDERER.render(document);
	}

	/** The words of an image's description, without its address. */
	private static String altText(Image image) {
		StringBuilder alt = new StringBuilder();
		image.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				alt.append(text.getLiteral());
			}
		});
		return alt.toString();
	}

}
