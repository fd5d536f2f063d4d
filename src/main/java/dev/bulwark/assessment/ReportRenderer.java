package dev.bulwark.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
 * by openhtmltopdf, with the DejaVu Sans font embedded (shipped under {@code fonts/}, so
 * the result does not depend on the fonts of the machine).
 * <p>
 * Independent of the web application's template engine, so the benchmark can run it
 * without starting Bulwark.
 */
@Component
class ReportRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

	private static final Logger logger = LoggerFactory.getLogger(ReportRenderer.class);

	private final SpringTemplateEngine templates;

	private final boolean warmUpOnStart;

	ReportRenderer() {
		this(false);
	}

	@Autowired
	ReportRenderer(@Value("${bulwark.report.warm-up:true}") boolean warmUpOnStart) {
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

	byte[] render(ReportModel model) {
		String html = html(model);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report could not be rendered", ex);
		}
		return out.toByteArray();
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

	private static byte[] font(String path) {
		try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
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
