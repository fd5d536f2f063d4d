package dev.bulwark.policies;

import dev.bulwark.shared.HtmlPdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Prints one document or the whole policy manual as PDF: a Thymeleaf template (XHTML)
 * laid out by openhtmltopdf with the DejaVu fonts embedded, as the assessment report is.
 * The documents' text is the sanitised HTML of {@link Markdown}, so nothing in it can
 * make the renderer fetch a resource.
 */
@Component
class PolicyPdf {

	private final HtmlPdf pdf;

	private final SpringTemplateEngine templates;

	PolicyPdf(HtmlPdf pdf) {
		this.pdf = pdf;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PolicyPdf.class.getClassLoader());
		resolver.setPrefix("templates/policies/pdf/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	/**
	 * What is printed.
	 *
	 * @param manual whether this is the whole manual (cover and contents) or one document
	 * @param practiceName the practice
	 * @param securityOfficer the security officer's name, for the cover
	 * @param printedOn the practice's date of printing
	 * @param documents the documents, each with its version
	 */
	record Model(boolean manual, String practiceName, String securityOfficer, LocalDate printedOn,
			List<Printed> documents) {

	}

	/**
	 * One document as printed.
	 *
	 * @param anchor the id the contents link to
	 * @param html the sanitised HTML of the version's text
	 */
	record Printed(String anchor, String title, String kind, int version, String status, String approvedBy,
			LocalDate approvedOn, LocalDate effectiveFrom, LocalDate effectiveUntil, String citations, String html) {

		static Printed of(int index, DocumentDetails document, VersionDetails version) {
			return new Printed("doc-" + index, document.title(), document.kind().label(), version.number(),
					version.statusLabel(), version.approvedByName(), version.approvedOn(), version.effectiveFrom(),
					version.effectiveUntil(), String.join(", ", document.citations()),
					Markdown.html(version.content()));
		}

	}

	String html(Model model) {
		Context context = new Context();
		context.setVariable("m", model);
		return this.templates.process("manual", context);
	}

	byte[] render(Model model) {
		return this.pdf.render(html(model));
	}

}
