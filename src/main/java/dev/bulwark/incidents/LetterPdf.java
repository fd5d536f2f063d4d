package dev.bulwark.incidents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The notice letter as PDF: the practice's text, paragraph by paragraph, escaped (never
 * read as HTML), in the embedded DejaVu font as the policies' PDFs are.
 */
@Component
class LetterPdf {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

	byte[] render(String letter) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>"
				+ "@page { size: letter; margin: 2.5cm; } body { font-family: '" + FONT_FAMILY
				+ "'; font-size: 11pt; line-height: 1.4; } p { margin: 0 0 0.8em 0; }</style></head><body>");
		for (String paragraph : letter.strip().split("\\r?\\n\\s*\\r?\\n")) {
			html.append("<p>")
				.append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\r?\\n", "<br/>"))
				.append("</p>");
		}
		html.append("</body></html>");
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The letter could not be rendered", ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
