package dev.bulwark.training;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.HtmlPdf;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Prints a completion certificate as PDF: a Thymeleaf template (XHTML) laid out by the
 * shared {@link HtmlPdf}, as the policies' PDFs are. Only names, dates and numbers go in;
 * nothing makes the renderer fetch a resource.
 */
@Component
class CertificatePdf {

	private final SpringTemplateEngine templates;

	private final HtmlPdf pdf;

	CertificatePdf(HtmlPdf pdf) {
		this.pdf = pdf;
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
		return this.pdf.render(html(certificate));
	}

}
