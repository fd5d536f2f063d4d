package dev.bulwark.incidents;

import dev.bulwark.shared.HtmlPdf;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The notice letter as PDF: the practice's text, paragraph by paragraph, escaped (never
 * read as HTML), laid out by the shared {@link HtmlPdf} in the embedded DejaVu font as
 * the policies' PDFs are.
 */
@Component
class LetterPdf {

	private final HtmlPdf pdf;

	LetterPdf(HtmlPdf pdf) {
		this.pdf = pdf;
	}

	byte[] render(String letter) {
		return this.pdf.render(xhtml(letter));
	}

	/** The letter as an XHTML document. */
	static String xhtml(String letter) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>"
				+ "@page { size: letter; margin: 2.5cm; } body { font-family: '" + HtmlPdf.FONT_FAMILY
				+ "'; font-size: 11pt; line-height: 1.4; } p { margin: 0 0 0.8em 0; }</style></head><body>");
		for (String paragraph : letter.strip().split("\\r?\\n\\s*\\r?\\n")) {
			html.append("<p>")
				.append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\r?\\n", "<br/>"))
				.append("</p>");
		}
		html.append("</body></html>");
		return html.toString();
	}

}
