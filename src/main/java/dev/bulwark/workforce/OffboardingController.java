package dev.bulwark.workforce;

import java.util.List;
import java.util.UUID;

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

/** Recording a departure and working through the offboarding checklist. */
@Controller
class OffboardingController {

	private final Workforce workforce;

	private final OffboardingService service;

	OffboardingController(Workforce workforce, OffboardingService service) {
		this.workforce = workforce;
		this.service = service;
	}

	@GetMapping("/staff/{id}/offboarding")
	@Permitted(Permission.WORKFORCE_READ)
	String checklist(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DepartureForm.blank());
		}
		return page(id, model);
	}

	@PostMapping("/staff/{id}/departure")
	@Permitted(Permission.WORKFORCE_EDIT)
	String depart(@PathVariable UUID id, @Valid @ModelAttribute("form") DepartureForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		StaffMember person = this.workforce.member(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.service.recordDeparture(CurrentActor.get(), id, form),
				(steps) -> FormPost.redirect(redirect, "/staff/" + id + "/offboarding", "The departure of \""
						+ person.name() + "\" was recorded; its offboarding checklist has " + steps.size() + " steps."),
				() -> page(id, model));
	}

	@PostMapping("/staff/{id}/offboarding/steps/{stepId}")
	@Permitted(Permission.WORKFORCE_EDIT)
	String done(@PathVariable UUID id, @PathVariable UUID stepId, RedirectAttributes redirect) {
		ChecklistStep step = this.service.completeStep(CurrentActor.get(), id, stepId);
		return FormPost.redirect(redirect, "/staff/" + id + "/offboarding", "Done: " + step.title() + ".");
	}

	private String page(UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("person", this.workforce.member(practiceId, id));
		List<ChecklistStep> steps = this.service.checklist(practiceId, id);
		model.addAttribute("steps", steps);
		model.addAttribute("open", steps.stream().filter((s) -> !s.done()).count());
		return "workforce/offboarding";
	}

}
