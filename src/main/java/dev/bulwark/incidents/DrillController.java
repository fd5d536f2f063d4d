package dev.bulwark.incidents;

import java.util.UUID;

import dev.bulwark.policies.DocumentKind;
import dev.bulwark.policies.Policies;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Paging;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incident response plan (through the policies engine) and tabletop drills. */
@Controller
class DrillController {

	private final Incidents incidents;

	private final ResponsePlans plans;

	private final Policies policies;

	DrillController(Incidents incidents, ResponsePlans plans, Policies policies) {
		this.incidents = incidents;
		this.plans = plans;
		this.policies = policies;
	}

	@GetMapping("/drills")
	@Permitted(Permission.INCIDENTS_READ)
	String drills(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DrillForm(null, null, null, null, null, null));
		}
		return drillsPage(page, model);
	}

	private String drillsPage(int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		Paging.check(page);
		long total = this.incidents.countDrills(practiceId);
		model.addAttribute("drills", this.incidents.drills(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, IncidentRepository.PAGE_SIZE));
		model.addAttribute("plan",
				this.policies.documentFor(practiceId, DocumentKind.INCIDENT_RESPONSE_PLAN, ResponsePlan.OWNER_KEY)
					.orElse(null));
		return "incidents/drills";
	}

	@PostMapping("/drills")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String record(@Valid @ModelAttribute("form") DrillForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(
				errors, () -> this.incidents.recordDrill(CurrentActor.get(), form), (drill) -> FormPost
					.redirect(redirect, "/drills/" + drill.id(), "The drill of " + drill.heldOn() + " was recorded."),
				() -> drillsPage(0, model));
	}

	@GetMapping("/drills/{id}")
	@Permitted(Permission.INCIDENTS_READ)
	String drill(@PathVariable UUID id, Model model) {
		model.addAttribute("drill", this.incidents.drill(CurrentActor.practiceId(), id));
		return "incidents/drill";
	}

	@PostMapping("/drills/plan")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String generatePlan(RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		var plan = this.plans.generate(actor);
		return FormPost.redirect(redirect, plan.link(),
				"The incident response plan was updated as draft version " + plan.openDraft() + ".");
	}

}
