package dev.bulwark.assessment;

import java.time.LocalDate;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk register pages: the register with its heat map and filters, adding a risk by
 * hand, one risk with its edit form, acceptance and tasks, and the treatment plan.
 */
@Controller
class RiskController {

	private final Risks risks;

	private final Catalog catalog;

	RiskController(Risks risks, Catalog catalog) {
		this.risks = risks;
		this.catalog = catalog;
	}

	@GetMapping("/risks")
	@Permitted(Permission.ASSESSMENT_READ)
	String register(@RequestParam(required = false) UUID assessment, @RequestParam(required = false) RiskLevel level,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) UUID owner,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		Actor actor = CurrentActor.get();
		RiskFilter filter = new RiskFilter(assessment, level, status, owner, all);
		model.addAttribute("register", this.risks.register(actor.practiceId(), filter));
		model.addAttribute("filter", filter);
		model.addAttribute("owners", this.risks.possibleOwners(actor.practiceId()));
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("today", today());
		return "assessment/risks";
	}

	@GetMapping("/risks/new")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String newRisk(Model model) {
		model.addAttribute("form", RiskForm.empty());
		return newRiskPage(model);
	}

	@PostMapping("/risks")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String create(@Valid @ModelAttribute("form") RiskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return newRiskPage(model);
		}
		try {
			RiskDetails risk = this.risks.create(CurrentActor.get(), form);
			redirect.addFlashAttribute("message", "Risk added to the register.");
			return "redirect:/risks/" + risk.id();
		}
		catch (AssessmentInputException ex) {
			errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			return newRiskPage(model);
		}
	}

	private String newRiskPage(Model model) {
		addFormModel(CurrentActor.get(), this.risks.matrixFor(CurrentActor.practiceId(), null), model);
		return "assessment/risk-new";
	}

	@GetMapping("/risks/{id}")
	@Permitted(Permission.ASSESSMENT_READ)
	String risk(@PathVariable UUID id, Model model) {
		RiskDetails risk = this.risks.get(CurrentActor.practiceId(), id);
		model.addAttribute("form", RiskForm.of(risk));
		model.addAttribute("acceptance", new AcceptanceForm(null));
		model.addAttribute("task", new TaskForm(null, null, null, false));
		return riskPage(risk, model);
	}

	@PostMapping("/risks/{id}")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") RiskForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.risks.update(CurrentActor.get(), id, form);
				redirect.addFlashAttribute("message", "Risk saved.");
				return "redirect:/risks/" + id;
			}
			catch (AssessmentInputException ex) {
				errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			}
		}
		model.addAttribute("acceptance", new AcceptanceForm(null));
		model.addAttribute("task", new TaskForm(null, null, null, false));
		return riskPage(this.risks.details(CurrentActor.practiceId(), recordOf(id)), model);
	}

	@PostMapping("/risks/{id}/accept")
	@Permitted(Permission.RISK_ACCEPT)
	String accept(@PathVariable UUID id, @Valid @ModelAttribute("acceptance") AcceptanceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.risks.accept(CurrentActor.get(), id, form);
				redirect.addFlashAttribute("message",
						"Risk accepted. Your justification, name and the date are recorded.");
				return "redirect:/risks/" + id;
			}
			catch (AssessmentInputException ex) {
				errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			}
		}
		RiskDetails risk = this.risks.details(CurrentActor.practiceId(), recordOf(id));
		model.addAttribute("form", RiskForm.of(risk));
		model.addAttribute("task", new TaskForm(null, null, null, false));
		return riskPage(risk, model);
	}

	@PostMapping("/risks/{id}/tasks")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String addTask(@PathVariable UUID id, @Valid @ModelAttribute("task") TaskForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.risks.addTask(CurrentActor.get(), id, form);
				redirect.addFlashAttribute("message", "Task added.");
				return "redirect:/risks/" + id + "#tasks";
			}
			catch (AssessmentInputException ex) {
				errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			}
		}
		RiskDetails risk = this.risks.details(CurrentActor.practiceId(), recordOf(id));
		model.addAttribute("form", RiskForm.of(risk));
		model.addAttribute("acceptance", new AcceptanceForm(null));
		return riskPage(risk, model);
	}

	@PostMapping("/risks/{id}/tasks/{taskId}")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String updateTask(@PathVariable UUID id, @PathVariable UUID taskId, @Valid @ModelAttribute TaskForm form,
			BindingResult errors, @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", errors.getFieldErrors().get(0).getDefaultMessage());
		}
		else {
			try {
				this.risks.updateTask(CurrentActor.get(), id, taskId, form);
				redirect.addFlashAttribute("message", form.done() ? "Task marked done." : "Task saved.");
			}
			catch (AssessmentInputException ex) {
				redirect.addFlashAttribute("error", ex.getMessage());
			}
		}
		return "plan".equals(returnTo) ? "redirect:/treatment-plan" : "redirect:/risks/" + id + "#tasks";
	}

	@GetMapping("/treatment-plan")
	@Permitted(Permission.ASSESSMENT_READ)
	String treatmentPlan(@RequestParam(required = false) UUID assessment, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("plan", this.risks.treatmentPlan(actor.practiceId(), assessment));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("today", today());
		return "assessment/treatment-plan";
	}

	private String riskPage(RiskDetails risk, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("risk", risk);
		model.addAttribute("questions",
				risk.questionKeys().stream().map(this.catalog::question).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("isOfficer", actor.is(Role.SECURITY_OFFICER));
		model.addAttribute("today", today());
		addFormModel(actor, this.risks.matrixFor(actor.practiceId(), risk.id()), model);
		return "assessment/risk";
	}

	private void addFormModel(Actor actor, RiskMatrix matrix, Model model) {
		model.addAttribute("matrix", matrix);
		model.addAttribute("threats", this.catalog.threats());
		model.addAttribute("owners", this.risks.possibleOwners(actor.practiceId()));
		model.addAttribute("treatments", Treatment.values());
		model.addAttribute("statuses",
				java.util.List.of(RiskStatus.PROPOSED, RiskStatus.OPEN, RiskStatus.CLOSED, RiskStatus.WITHDRAWN));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("isOfficer", actor.is(Role.SECURITY_OFFICER));
	}

	private RiskRecord recordOf(UUID id) {
		return this.risks.record(CurrentActor.practiceId(), id);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	@ExceptionHandler(AssessmentConflictException.class)
	String conflict(AssessmentConflictException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("reason", ex.getMessage());
		return "assessment/conflict";
	}

	@ExceptionHandler(AssessmentInputException.class)
	String invalid(AssessmentInputException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason", ex.getMessage());
		return "assessment/conflict";
	}

}
