package dev.bulwark.msp;

import java.util.Arrays;
import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The portfolio page and its CSV export. */
@Controller
class PortfolioController {

	private final Portfolio portfolio;

	private final MspTemplates templates;

	PortfolioController(Portfolio portfolio, MspTemplates templates) {
		this.portfolio = portfolio;
		this.templates = templates;
	}

	@GetMapping("/portfolio")
	@Permitted(Permission.MSP_PORTFOLIO)
	String portfolio(@ModelAttribute("filter") PortfolioFilter filter, Model model) {
		Actor actor = CurrentActor.get();
		Portfolio.Page page = this.portfolio.page(actor, filter);
		model.addAttribute("rows", page.rows());
		model.addAttribute("total", page.total());
		model.addAttribute("pages", page.pages());
		model.addAttribute("page", filter.page());
		model.addAttribute("shows",
				Arrays.stream(PortfolioFilter.Show.values()).map((s) -> Choice.of(s.name(), s.label())).toList());
		model.addAttribute("sorts",
				Arrays.stream(PortfolioFilter.Sort.values()).map((s) -> Choice.of(s.name(), s.label())).toList());
		model.addAttribute("templateCount", this.templates.all().size());
		return "msp/portfolio";
	}

	@GetMapping("/portfolio/export.csv")
	@Permitted(Permission.MSP_PORTFOLIO)
	ResponseEntity<byte[]> export(@ModelAttribute("filter") PortfolioFilter filter) {
		List<PortfolioEntry> rows = this.portfolio.rows(CurrentActor.get(), filter);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bulwark-portfolio.csv\"")
			.body(Portfolio.csv(rows));
	}

}
