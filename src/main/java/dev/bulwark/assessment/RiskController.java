package dev.bulwark.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.KeptParts;
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

/**
 * The risk register pages: the register with its heat map and filters, adding a risk by
 * hand, one risk with its edit form, acceptance and tasks, one task, and the treatment
 * plan. Every POST goes through {@link FormPost}.
 */
@Controller
class RiskController {

	private final Risks risks;

	private final Catalog catalog;

	private final EvidenceStore evidence;

	private final EditVersions editVersions;

	private final KeptParts kept;

	RiskController(Risks risks, Catalog catalog, EvidenceStore evidence, EditVersions editVersions, KeptParts kept) {
		this.kept = kept;
		this.risks = risks;
		this.catalog = catalog;
		this.evidence = evidence;
		this.editVersions = editVersions;
	}

	@GetMapping("/risks")
	@Permitted(Permission.ASSESSMENT_READ)
	String register(@RequestParam(required = false) UUID assessment, @RequestParam(required = false) RiskLevel level,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) UUID owner,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Paging.check(page);
		Actor actor = CurrentActor.get();
		RiskFilter filter = new RiskFilter(assessment, level, status, owner, all);
		boolean[] rendered = { false };
		// Read by the kept parts and by the confirm form around them.
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		RegisterParts parts = this.kept.get("assessment/risks", model, Arrays.asList(filter, page), () -> {
			rendered[0] = true;
			RiskRegister register = this.risks.register(actor.practiceId(), filter);
			model.addAttribute("register", register);
			// The heat map and the proposed count cover the whole register; the table
			// shows a page.
			model.addAttribute("pageRisks", Risks.page(register.risks(), page));
			model.addAttribute("total", register.risks().size());
			model.addAttribute("page", page);
			model.addAttribute("pages", Paging.pages(register.risks().size(), Risks.PAGE_SIZE));
			model.addAttribute("filter", filter);
			model.addAttribute("owners", this.risks.possibleOwners(actor.practiceId()));
			model.addAttribute("levels", RiskLevel.values());
			model.addAttribute("statuses", RiskStatus.values());
			model.addAttribute("today", this.risks.today(actor.practiceId()));
			return new RegisterParts(this.kept.render("assessment/risks :: head", model),
					this.kept.render("assessment/risks :: register", model),
					(register.assessment() != null) ? register.assessment().id() : null, register.risks().size(),
					register.risks().stream().filter((risk) -> risk.status() == RiskStatus.PROPOSED).count(),
					register.asSignedOff());
		});
		if (!rendered[0]) {
			// The view is audited whether or not the register was read again.
			this.risks.registerViewed(actor.practiceId(), parts.assessmentId(), parts.size());
		}
		model.addAttribute("keptHead", parts.head());
		model.addAttribute("keptRegister", parts.register());
		model.addAttribute("proposedCount", parts.proposedCount());
		model.addAttribute("asSignedOff", parts.asSignedOff());
		if (!model.containsAttribute("confirm")) {
			model.addAttribute("confirm", new ConfirmProposedForm(null, null));
		}
		model.addAttribute("ownerChoices", ownerChoices(actor));
		return "assessment/risks";
	}

	/** Confirms every proposed risk at once, with one owner and one due date. */
	@PostMapping("/risks/confirm-proposed")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String confirmProposed(@Valid @ModelAttribute("confirm") ConfirmProposedForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.risks.confirmProposed(CurrentActor.get(), form),
				(count) -> FormPost.redirect(redirect, "/risks", count + (count == 1 ? " risk was" : " risks were")
						+ " confirmed with the suggested rating and treatment. Refine the ones that matter most."),
				() -> {
					model.addAttribute("confirmFailed", true);
					return register(null, null, RiskStatus.PROPOSED, null, false, 0, model);
				});
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
		return FormPost.submit(errors, () -> this.risks.create(CurrentActor.get(), form),
				(risk) -> FormPost.redirect(redirect, "/risks/" + risk.id(), "Risk added to the register."),
				() -> newRiskPage(model));
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
		return riskPage(risk, model);
	}

	@PostMapping("/risks/{id}")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") RiskForm form, BindingResult errors,
			@RequestParam(name = "editVersion", required = false) Long editVersion, Model model,
			RedirectAttributes redirect) {
		// The version opened, not the current one: a conflict stays visible.
		model.addAttribute("editVersion", editVersion);
		return FormPost.submit(errors,
				() -> this.editVersions.edit("asm_risk", "risk", CurrentActor.practiceId(), id, editVersion,
						() -> this.risks.update(CurrentActor.get(), id, form)),
				(risk) -> FormPost.redirect(redirect, "/risks/" + id, "Risk saved."),
				() -> riskPage(this.risks.details(CurrentActor.practiceId(), recordOf(id)), model));
	}

	@PostMapping("/risks/{id}/accept")
	@Permitted(Permission.RISK_ACCEPT)
	String accept(@PathVariable UUID id, @Valid @ModelAttribute("acceptance") AcceptanceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.risks.accept(CurrentActor.get(), id, form), (risk) -> FormPost
			.redirect(redirect, "/risks/" + id, "Risk accepted. Your justification, name and the date are recorded."),
				() -> {
					RiskDetails risk = this.risks.details(CurrentActor.practiceId(), recordOf(id));
					model.addAttribute("form", RiskForm.of(risk));
					return riskPage(risk, model);
				});
	}

	@PostMapping("/risks/{id}/tasks")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String addTask(@PathVariable UUID id, @Valid @ModelAttribute("task") TaskForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.risks.addTask(CurrentActor.get(), id, form),
				(task) -> FormPost.redirect(redirect, "/risks/" + id + "#tasks", "Task added."), () -> {
					RiskDetails risk = this.risks.details(CurrentActor.practiceId(), recordOf(id));
					model.addAttribute("form", RiskForm.of(risk));
					return riskPage(risk, model);
				});
	}

	@GetMapping("/risks/{id}/tasks/{taskId}")
	@Permitted(Permission.ASSESSMENT_READ)
	String task(@PathVariable UUID id, @PathVariable UUID taskId, Model model) {
		TreatmentTask task = this.risks.task(CurrentActor.practiceId(), id, taskId);
		model.addAttribute("form", new TaskForm(task.title(), task.ownerId(), task.dueDate(), task.done()));
		return taskPage(id, taskId, model);
	}

	@PostMapping("/risks/{id}/tasks/{taskId}")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String updateTask(@PathVariable UUID id, @PathVariable UUID taskId, @Valid @ModelAttribute("form") TaskForm form,
			BindingResult errors, @RequestParam(required = false) String returnTo, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.risks.updateTask(CurrentActor.get(), id, taskId, form),
				(task) -> FormPost.redirect(redirect,
						"plan".equals(returnTo) ? "/treatment-plan" : "/risks/" + id + "#tasks",
						task.done() ? "Task marked done." : "Task saved."),
				() -> taskPage(id, taskId, model));
	}

	private String taskPage(UUID riskId, UUID taskId, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("risk", this.risks.details(actor.practiceId(), recordOf(riskId)));
		model.addAttribute("task", this.risks.task(actor.practiceId(), riskId, taskId));
		model.addAttribute("owners", ownerChoices(actor));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		return "assessment/task";
	}

	@GetMapping("/treatment-plan")
	@Permitted(Permission.ASSESSMENT_READ)
	String treatmentPlan(@RequestParam(required = false) UUID assessment, @RequestParam(required = false) String owner,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Paging.check(page);
		if (owner != null && !"none".equals(owner)) {
			try {
				UUID.fromString(owner);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("owner", "Choose an owner from the treatment plan.");
			}
		}
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("keptHtml", this.kept.html("assessment/treatment-plan :: plan", model,
				Arrays.asList(assessment, owner, page), () -> {
					TreatmentPlan plan = this.risks.treatmentPlan(actor.practiceId(), assessment);
					model.addAttribute("plan", plan);
					// One owner's open tasks, paged: the plan shows only the first few
					// of each.
					model.addAttribute("ownerGroup", (owner != null) ? plan.group(owner) : null);
					model.addAttribute("page", page);
					model.addAttribute("planAddress",
							"/treatment-plan" + ((assessment != null) ? "?assessment=" + assessment : ""));
					model.addAttribute("today", plan.today());
				}));
		return "assessment/treatment-plan";
	}

	private String riskPage(RiskDetails risk, Model model) {
		Actor actor = CurrentActor.get();
		if (!model.containsAttribute("editVersion")) {
			model.addAttribute("editVersion",
					this.editVersions.current("asm_risk", actor.practiceId(), risk.id()).orElse(null));
		}
		if (!model.containsAttribute("acceptance")) {
			model.addAttribute("acceptance", new AcceptanceForm(null));
		}
		if (!model.containsAttribute("task")) {
			model.addAttribute("task", new TaskForm(null, null, null, false));
		}
		model.addAttribute("risk", risk);
		model.addAttribute("questions",
				risk.questionKeys().stream().map(this.catalog::question).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("today", this.risks.today(actor.practiceId()));
		addFormModel(actor, this.risks.matrixFor(actor.practiceId(), risk.id()), model);
		model.addAttribute("evidencePanel",
				this.evidence.panel(actor.practiceId(), EvidenceOwner.of("risk", risk.id()), "/risks/" + risk.id()));
		return "assessment/risk";
	}

	private void addFormModel(Actor actor, RiskMatrix matrix, Model model) {
		boolean canAccept = actor.can(Permission.RISK_ACCEPT);
		model.addAttribute("matrix", matrix);
		model.addAttribute("ratings", matrix.ratings());
		model.addAttribute("ratingChoices",
				matrix.ratings().stream().map((rating) -> Choice.of(rating, rating.label())).toList());
		model.addAttribute("threatChoices",
				this.catalog.threats().stream().map((threat) -> Choice.of(threat.key(), threat.title())).toList());
		model.addAttribute("owners", ownerChoices(actor));
		// Only whoever may accept a risk is offered "accept" (the service checks it too).
		model.addAttribute("treatmentChoices",
				Arrays.stream(Treatment.values())
					.filter((treatment) -> canAccept || treatment != Treatment.ACCEPT)
					.map((treatment) -> Choice.of(treatment, treatment.label()))
					.toList());
		model.addAttribute("statuses",
				List.of(RiskStatus.PROPOSED, RiskStatus.OPEN, RiskStatus.CLOSED, RiskStatus.WITHDRAWN));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("canAccept", canAccept);
	}

	/** The people who can own risks and tasks, as options of a drop-down. */
	private List<Choice> ownerChoices(Actor actor) {
		return this.risks.possibleOwners(actor.practiceId())
			.stream()
			.map((member) -> Choice.of(member.userId(), member.displayName()))
			.toList();
	}

	private RiskRecord recordOf(UUID id) {
		return this.risks.record(CurrentActor.practiceId(), id);
	}

	/**
	 * The register's kept parts (everything but the confirm form, which posts) and what
	 * the page needs around them: the audited read's details and the confirm form's
	 * condition.
	 */
	private record RegisterParts(String head, String register, UUID assessmentId, int size, long proposedCount,
			boolean asSignedOff) {
	}

}
