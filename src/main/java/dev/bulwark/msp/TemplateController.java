package dev.bulwark.msp;

import java.util.UUID;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MSP's templates, saved from a served practice's inventory; and, for a practice's
 * own people, the templates applied to it.
 */
@Controller
class TemplateController {

	private final MspTemplates templates;

	private final MspPeople people;

	private final Practices practices;

	TemplateController(MspTemplates templates, MspPeople people, Practices practices) {
		this.templates = templates;
		this.people = people;
		this.practices = practices;
	}

	@GetMapping("/msp/templates")
	@Permitted(Permission.MSP_PORTFOLIO)
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new TemplateForm(null, null, actor.practiceId()));
		return page(model);
	}

	private String page(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("templates", this.templates.all());
		model.addAttribute("practiceChoices",
				this.practices.all(this.people.servedPracticeIds(actor.userId()))
					.stream()
					.map((p) -> Choice.of(p.id(), p.name()))
					.toList());
		return "msp/templates";
	}

	@PostMapping("/msp/templates")
	@Permitted(Permission.MSP_TEMPLATES)
	String save(@Valid @ModelAttribute("form") TemplateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.templates.save(CurrentActor.get(), form),
				(saved) -> FormPost.redirect(redirect, "/msp/templates", "Template \"" + saved.name() + "\" saved: "
						+ saved.assets() + " assets, " + saved.flows() + " data flows."),
				() -> page(model));
	}

	@PostMapping("/msp/templates/{id}/delete")
	@Permitted(Permission.MSP_TEMPLATES)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		String name = this.templates.get(id).name();
		this.templates.delete(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/msp/templates", "Template \"" + name + "\" deleted.");
	}

	@GetMapping("/practice/templates")
	@Permitted(Permission.INVENTORY_READ)
	String applied(Model model) {
		model.addAttribute("applications", this.templates.applications(CurrentActor.practiceId()));
		return "msp/applied";
	}

}
