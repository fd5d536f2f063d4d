package dev.bulwark.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Lays out an XHTML document as PDF with openhtmltopdf and the DejaVu fonts embedded (so
 * every character prints the same on every machine). Documents must not reference outside
 * resources: nothing is fetched, any such reference is refused by the resolver.
 */
@Component
public class HtmlPdf {

	/** The font family templates name in their CSS. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

	/** Renders a complete XHTML document. */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			// No network, no files: a document that names a resource gets nothing.
			builder.useUriResolver((base, uri) -> null);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered", ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(path)) {
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
