package dev.bulwark.workforce;

import java.util.Arrays;
import java.util.UUID;

import dev.bulwark.shared.Choice;
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

/** The roster pages: the list, a person's page, adding and editing a person. */
@Controller
class StaffController {

	private final Workforce workforce;

	private final StaffService service;

	private final OnboardingService onboarding;

	StaffController(Workforce workforce, StaffService service, OnboardingService onboarding) {
		this.workforce = workforce;
		this.service = service;
		this.onboarding = onboarding;
	}

	@GetMapping("/staff")
	@Permitted(Permission.WORKFORCE_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.workforce.countStaff(practiceId);
		model.addAttribute("staff", this.workforce.staff(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, Workforce.PAGE_SIZE));
		return "workforce/staff";
	}

	@GetMapping("/staff/new")
	@Permitted(Permission.WORKFORCE_EDIT)
	String addForm(Model model) {
		model.addAttribute("form", StaffForm.blank());
		return formPage(model, null);
	}

	@PostMapping("/staff")
	@Permitted(Permission.WORKFORCE_EDIT)
	String add(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(
				errors, () -> this.service.add(CurrentActor.get(), form), (person) -> FormPost.redirect(redirect,
						"/staff/" + person.id(), "\"" + person.name() + "\" was added to the roster."),
				() -> formPage(model, null));
	}

	@GetMapping("/staff/{id}")
	@Permitted(Permission.WORKFORCE_READ)
	String show(@PathVariable UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		StaffMember person = this.workforce.member(practiceId, id);
		model.addAttribute("person", person);
		model.addAttribute("userName", this.workforce.userName(practiceId, person.userId()).orElse(null));
		model.addAttribute("accounts", this.workforce.accounts(practiceId, id));
		model.addAttribute("systems", this.workforce.systemChoices(practiceId));
		if (!model.containsAttribute("systemsForm")) {
			model.addAttribute("systemsForm", new SystemUseForm(this.workforce.systemsUsed(practiceId, id)));
		}
		model.addAttribute("findings",
				this.workforce.findings(practiceId).stream().filter((f) -> f.concerns(id)).toList());
		model.addAttribute("onboarding", this.onboarding.checklist(practiceId, id));
		return "workforce/person";
	}

	@PostMapping("/staff/{id}/onboarding/steps/{stepId}")
	@Permitted(Permission.WORKFORCE_EDIT)
	String onboardingStepDone(@PathVariable UUID id, @PathVariable UUID stepId, RedirectAttributes redirect) {
		OnboardingStep step = this.onboarding.completeStep(CurrentActor.get(), id, stepId);
		return FormPost.redirect(redirect, "/staff/" + id, "Onboarding step done: " + step.title() + ".");
	}

	@GetMapping("/staff/{id}/edit")
	@Permitted(Permission.WORKFORCE_EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		StaffMember person = this.workforce.member(CurrentActor.practiceId(), id);
		model.addAttribute("form", StaffForm.of(person));
		return formPage(model, person);
	}

	@PostMapping("/staff/{id}")
	@Permitted(Permission.WORKFORCE_EDIT)
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		StaffMember before = this.workforce.member(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.service.update(CurrentActor.get(), id, form),
				(person) -> FormPost.redirect(redirect, "/staff/" + id, "\"" + person.name() + "\" was saved."),
				() -> formPage(model, before));
	}

	private String formPage(Model model, StaffMember person) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("person", person);
		model.addAttribute("workforceTypes",
				Arrays.stream(WorkforceType.values()).map((type) -> Choice.of(type.name(), type.label())).toList());
		model.addAttribute("supervisors",
				this.workforce.staffChoices(practiceId)
					.stream()
					.filter((c) -> person == null || !c.value().equals(person.id().toString()))
					.toList());
		model.addAttribute("users", this.workforce.userChoices(practiceId));
		return "workforce/staff-form";
	}

}
