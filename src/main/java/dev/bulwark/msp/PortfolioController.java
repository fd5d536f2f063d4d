package dev.bulwark.msp;

import java.util.Arrays;
import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.TemplateStrings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	private final PortfolioPages pages;

	private final TemplateStrings strings;

	PortfolioController(Portfolio portfolio, MspTemplates templates, PortfolioPages pages, TemplateStrings strings) {
		this.portfolio = portfolio;
		this.templates = templates;
		this.pages = pages;
		this.strings = strings;
	}

	@GetMapping("/portfolio")
	@Permitted(Permission.MSP_PORTFOLIO)
	String portfolio(@ModelAttribute("filter") PortfolioFilter filter, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		model.addAttribute("portfolioHtml", this.pages.table(actor, filter, () -> {
			Portfolio.Page page = this.portfolio.page(actor, filter);
			model.addAttribute("rows", page.rows());
			model.addAttribute("total", page.total());
			model.addAttribute("pages", page.pages());
			model.addAttribute("page", filter.page());
			return this.strings.render("msp/portfolio-table", model.asMap(), request, response);
		}));
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
