package dev.bulwark.shared;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Renders a page template into a string instead of the response, through the same view
 * machinery as a page (links, expressions, dialects, the request's locale), so that the
 * HTML can be kept ({@link KeptContent}). A template rendered this way must hold no form
 * that posts: its CSRF token would be served to other sessions.
 */
@Component
public class TemplateStrings {

	/** Absent when a command runs without the web server. */
	private final ObjectProvider<ThymeleafViewResolver> views;

	TemplateStrings(ObjectProvider<ThymeleafViewResolver> views) {
		this.views = views;
	}

	public String render(String template, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.getObject().resolveViewName(template, request.getLocale());
			if (view == null) {
				throw new IllegalStateException("No template " + template);
			}
			StringWriter html = new StringWriter();
			view.render(model, request, new Captured(response, new PrintWriter(html)));
			return html.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The template " + template + " could not be rendered", ex);
		}
	}

	/** A response that only collects the characters written to it. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Captured(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A template is written as characters");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

	}

}
