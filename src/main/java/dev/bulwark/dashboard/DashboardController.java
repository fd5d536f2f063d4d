package dev.bulwark.dashboard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.PlainWords;
import dev.bulwark.shared.SignedIn;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;

/**
 * The landing page after sign-in. Those who may read the assessment and the calendar see
 * the posture (scores, what is due, risks, next actions, trend); everyone sees each
 * module's summary cards. The content below the navigation is rendered by
 * {@code dashboard/content} and kept for a few seconds by {@link DashboardPages}.
 */
@Controller
class DashboardController {

	private final Posture posture;

	private final List<DashboardCard.Source> sources;

	private final DashboardPages pages;

	/** Absent when a command runs without the web server. */
	private final ObjectProvider<ThymeleafViewResolver> views;

	DashboardController(Posture posture, List<DashboardCard.Source> sources, DashboardPages pages,
			ObjectProvider<ThymeleafViewResolver> views) {
		this.posture = posture;
		this.sources = sources;
		this.pages = pages;
		this.views = views;
	}

	@GetMapping("/")
	@SignedIn
	String dashboard(Model model, HttpServletRequest request, HttpServletResponse response) {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor == null || !actor.hasPractice()) {
			addContentModel(actor, model);
			model.addAttribute("dashboardHtml", render(model, request, response));
			return "dashboard/posture";
		}
		boolean auditor = model.getAttribute("words") instanceof PlainWords words && words.auditor();
		model.addAttribute("dashboardHtml", this.pages.content(actor, auditor, () -> {
			addContentModel(actor, model);
			return render(model, request, response);
		}));
		return "dashboard/posture";
	}

	private void addContentModel(Actor actor, Model model) {
		if (actor != null && actor.can(Permission.ASSESSMENT_READ) && actor.can(Permission.CALENDAR_READ)) {
			PostureView view = this.posture.view(actor.practiceId());
			model.addAttribute("posture", view);
			model.addAttribute("trendSvg", this.posture.chart(view));
		}
		model.addAttribute("cards",
				this.sources.stream()
					.flatMap((source) -> source.cards().stream())
					.sorted(Comparator.comparingInt(DashboardCard::order))
					.toList());
	}

	/**
	 * The content as HTML, rendered by the same Thymeleaf view machinery as a page
	 * (links, expressions, dialects) into a string instead of the response.
	 */
	private String render(Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			Locale locale = request.getLocale();
			View view = this.views.getObject().resolveViewName("dashboard/content", locale);
			StringWriter html = new StringWriter();
			view.render(model.asMap(), request, new Captured(response, new PrintWriter(html)));
			return html.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The dashboard could not be rendered", ex);
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
			throw new IllegalStateException("The dashboard's content is written as characters");
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
