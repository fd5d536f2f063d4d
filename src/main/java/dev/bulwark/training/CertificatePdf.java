package dev.bulwark.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Prints a completion certificate as PDF: a Thymeleaf template (XHTML) laid out by
 * openhtmltopdf with the DejaVu fonts embedded, as the policies' PDFs are. Only names,
 * dates and numbers go in; nothing makes the renderer fetch a resource.
 */
@Component
class CertificatePdf {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

	private final SpringTemplateEngine templates;

	CertificatePdf() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CertificatePdf.class.getClassLoader());
		resolver.setPrefix("templates/training/pdf/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	/** What the certificate says. */
	record Certificate(String practiceName, String person, String moduleTitle, int moduleVersion, LocalDate completedOn,
			int score, int correct, int total, int passMark, UUID recordId, LocalDate printedOn) {

		static Certificate of(String practiceName, Attempt attempt, LocalDate printedOn) {
			return new Certificate(practiceName, attempt.personName(), attempt.moduleTitle(), attempt.moduleVersion(),
					attempt.takenOn(), attempt.score(), attempt.correct(), attempt.total(), attempt.passMark(),
					attempt.id(), printedOn);
		}

	}

	String html(Certificate certificate) {
		Context context = new Context();
		context.setVariable("c", certificate);
		return this.templates.process("certificate", context);
	}

	byte[] render(Certificate certificate) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html(certificate), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The certificate could not be rendered", ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(path)) {
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
