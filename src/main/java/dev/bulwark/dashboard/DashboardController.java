package dev.bulwark.dashboard;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.SignedIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after sign-in. Those who may read the assessment and the calendar see
 * the posture (scores, what is due, risks, next actions, trend); everyone sees each
 * module's summary cards.
 */
@Controller
class DashboardController {

	private final Posture posture;

	private final List<DashboardCard.Source> sources;

	DashboardController(Posture posture, List<DashboardCard.Source> sources) {
		this.posture = posture;
		this.sources = sources;
	}

	@GetMapping("/")
	@SignedIn
	String dashboard(Model model) {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor != null && actor.can(Permission.ASSESSMENT_READ) && actor.can(Permission.CALENDAR_READ)) {
			PostureView view = this.posture.view(actor.practiceId());
			model.addAttribute("posture", view);
			model.addAttribute("trendSvg", this.posture.chart(view));
		}
		model.addAttribute("cards",
				this.sources.stream()
					.flatMap((source) -> source.cards().stream())
					.sorted(java.util.Comparator.comparingInt(DashboardCard::order))
					.toList());
		return "dashboard/posture";
	}

}
