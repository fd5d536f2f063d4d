package dev.bulwark.dashboard;

import java.util.Comparator;
import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.PlainWords;
import dev.bulwark.shared.SignedIn;
import dev.bulwark.shared.TemplateStrings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

	private final TemplateStrings templates;

	DashboardController(Posture posture, List<DashboardCard.Source> sources, DashboardPages pages,
			TemplateStrings templates) {
		this.posture = posture;
		this.sources = sources;
		this.pages = pages;
		this.templates = templates;
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

	private String render(Model model, HttpServletRequest request, HttpServletResponse response) {
		return this.templates.render("dashboard/content", model.asMap(), request, response);
	}

}
