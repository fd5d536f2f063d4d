package dev.bulwark.web;

import java.util.List;

import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.SignedIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: each module's summary card, and what to do next. */
@Controller
class DashboardController {

	private final List<DashboardCard.Source> sources;

	DashboardController(List<DashboardCard.Source> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	@SignedIn
	String dashboard(Model model) {
		model.addAttribute("cards",
				this.sources.stream()
					.flatMap((source) -> source.cards().stream())
					.sorted(java.util.Comparator.comparingInt(DashboardCard::order))
					.toList());
		return "web/dashboard";
	}

}
