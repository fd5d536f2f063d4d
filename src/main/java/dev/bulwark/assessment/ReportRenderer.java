package dev.bulwark.assessment;

import dev.bulwark.shared.HtmlPdf;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders the assessment report: a Thymeleaf template (well-formed XHTML) laid out as PDF
 * by the shared {@link HtmlPdf} (DejaVu Sans embedded, inline SVG drawn, a bounded number
 * of renders at once).
 * <p>
 * Independent of the web application's template engine, so the benchmark can run it
 * without starting Bulwark.
 */
@Component
class ReportRenderer {

	static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;

	private static final Logger logger = LoggerFactory.getLogger(ReportRenderer.class);

	private final SpringTemplateEngine templates;

	private final HtmlPdf pdf;

	private final boolean warmUpOnStart;

	ReportRenderer() {
		this(new HtmlPdf(), false);
	}

	@Autowired
	ReportRenderer(HtmlPdf pdf, @Value("${bulwark.report.warm-up:true}") boolean warmUpOnStart) {
		this.pdf = pdf;
		this.warmUpOnStart = warmUpOnStart;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
		resolver.setPrefix("templates/assessment/pdf/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	/** The report's XHTML, before layout. */
	String html(ReportModel model) {
		Context context = new Context();
		context.setVariable("r", model);
		return this.templates.process("report", context);
	}

	/**
	 * The report as PDF. Call it outside any transaction: it may wait for a turn and
	 * takes long for a large practice.
	 * @throws dev.bulwark.shared.BusyException when too many documents are being rendered
	 */
	byte[] render(ReportModel model) {
		return this.pdf.render(html(model));
	}

	/**
	 * Once the web server is up, renders a sample report in the background: a cold JVM
	 * needs about twice as long for its first report (classes, fonts, template), and the
	 * first person to download a report should not wait for that.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUpInBackground(ApplicationReadyEvent event) {
		if (!this.warmUpOnStart || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				warmUp();
			}
			catch (RuntimeException ex) {
				logger.warn("Warming up the report renderer failed: {}", ex.getClass().getName());
			}
		}, "report-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * Renders a one-page document with the report's fonts and styles, so that the first
	 * real report does not pay for loading classes, fonts and the template.
	 */
	void warmUp() {
		render(ReportModel.sample());
	}

}
