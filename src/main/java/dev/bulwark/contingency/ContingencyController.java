package dev.bulwark.contingency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.policies.DocumentSummary;
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

/**
 * The contingency pages: the overview of every system's backups, restore tests and
 * objectives; the backup register; restore tests with their evidence; the criticality
 * analysis; the plan's contacts and steps with its generation; plan tests and exercises.
 */
@Controller
class ContingencyController {

	private final Contingency contingency;

	private final EvidenceStore evidence;

	ContingencyController(Contingency contingency, EvidenceStore evidence) {
		this.contingency = contingency;
		this.evidence = evidence;
	}

	@GetMapping("/contingency")
	@Permitted(Permission.CONTINGENCY_READ)
	String overview(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		List<SystemStatus> statuses = this.contingency.statuses(practiceId);
		model.addAttribute("statuses", slice(statuses, page, model));
		model.addAttribute("nprm", this.contingency.nprm(practiceId));
		return "contingency/overview";
	}

	/**
	 * One page of a list that is computed whole (the restore order needs every system),
	 * {@link ContingencyApiController#SYSTEMS_PAGE_SIZE} rows as in the API; adds
	 * {@code total}, {@code page} and {@code pages} to the model.
	 */
	private static <T> List<T> slice(List<T> rows, int page, Model model) {
		int from = Paging.offset(page, ContingencyApiController.SYSTEMS_PAGE_SIZE);
		model.addAttribute("total", rows.size());
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(rows.size(), ContingencyApiController.SYSTEMS_PAGE_SIZE));
		return (from >= rows.size()) ? List.of()
				: rows.subList(from, Math.min(rows.size(), from + ContingencyApiController.SYSTEMS_PAGE_SIZE));
	}

	// Backups

	@GetMapping("/contingency/backups")
	@Permitted(Permission.CONTINGENCY_READ)
	String backups(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.contingency.countBackups(practiceId);
		model.addAttribute("backups", this.contingency.backups(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, RegisterRepository.PAGE_SIZE));
		return "contingency/backups";
	}

	@GetMapping("/contingency/backups/new")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String newBackup(@RequestParam(required = false) UUID assetId, Model model) {
		if (assetId != null) {
			this.contingency.system(CurrentActor.practiceId(), assetId);
		}
		model.addAttribute("form", BackupForm.blank(assetId));
		return backupForm(model, null);
	}

	@PostMapping("/contingency/backups")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String addBackup(@Valid @ModelAttribute("form") BackupForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.contingency.addBackup(CurrentActor.get(), form),
				(backup) -> FormPost.redirect(redirect, "/contingency",
						"The backup of \"" + backup.systemName() + "\" was added to the register."),
				() -> backupForm(model, null));
	}

	@GetMapping("/contingency/backups/{id}/edit")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String editBackup(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		BackupDetails backup = this.contingency.backup(actor.practiceId(), id);
		model.addAttribute("form", BackupForm.of(backup, actor.zone()));
		return backupForm(model, backup);
	}

	@PostMapping("/contingency/backups/{id}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String changeBackup(@PathVariable UUID id, @Valid @ModelAttribute("form") BackupForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		BackupDetails before = this.contingency.backup(CurrentActor.practiceId(), id);
		return FormPost.submit(
				errors, () -> this.contingency.changeBackup(CurrentActor.get(), id, form), (backup) -> FormPost
					.redirect(redirect, "/contingency", "The backup of \"" + backup.systemName() + "\" was saved."),
				() -> backupForm(model, before));
	}

	@PostMapping("/contingency/backups/{id}/delete")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String removeBackup(@PathVariable UUID id, RedirectAttributes redirect) {
		this.contingency.removeBackup(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/contingency/backups", "The backup was removed from the register.");
	}

	private String backupForm(Model model, BackupDetails backup) {
		model.addAttribute("backup", backup);
		model.addAttribute("systems", this.contingency.systemChoices(CurrentActor.practiceId()));
		model.addAttribute("frequencies", Labelled.choices(BackupFrequency.values()));
		model.addAttribute("locations", Labelled.choices(BackupLocation.values()));
		model.addAttribute("media", Labelled.choices(BackupMedia.values()));
		model.addAttribute("answers", Answer.values());
		return "contingency/backup-form";
	}

	// Restore tests

	@GetMapping("/contingency/restore-tests")
	@Permitted(Permission.CONTINGENCY_READ)
	String restoreTests(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.contingency.countRestoreTests(practiceId);
		model.addAttribute("tests", this.contingency.restoreTests(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, RegisterRepository.PAGE_SIZE));
		return "contingency/restore-tests";
	}

	@GetMapping("/contingency/restore-tests/new")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String newRestoreTest(@RequestParam(required = false) UUID assetId, Model model) {
		Actor actor = CurrentActor.get();
		if (assetId != null) {
			this.contingency.system(actor.practiceId(), assetId);
		}
		model.addAttribute("form", RestoreTestForm.blank(assetId, this.contingency.today(actor)));
		return restoreTestForm(model);
	}

	@PostMapping("/contingency/restore-tests")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String recordRestoreTest(@Valid @ModelAttribute("form") RestoreTestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.contingency.recordRestoreTest(CurrentActor.get(), form),
				(test) -> FormPost.redirect(redirect, "/contingency/restore-tests/" + test.id(),
						"The restore test of \"" + test.systemName() + "\" was recorded. Attach its report below."),
				() -> restoreTestForm(model));
	}

	@GetMapping("/contingency/restore-tests/{id}")
	@Permitted(Permission.CONTINGENCY_READ)
	String restoreTest(@PathVariable UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("test", this.contingency.restoreTest(practiceId, id));
		model.addAttribute("evidencePanel", this.evidence.panel(practiceId, EvidenceOwner.of("restore-test", id),
				"/contingency/restore-tests/" + id));
		return "contingency/restore-test";
	}

	private String restoreTestForm(Model model) {
		model.addAttribute("systems", this.contingency.systemChoices(CurrentActor.practiceId()));
		model.addAttribute("outcomes", Labelled.choices(RestoreOutcome.values()));
		return "contingency/restore-test-form";
	}

	// Criticality

	@GetMapping("/contingency/criticality")
	@Permitted(Permission.CONTINGENCY_READ)
	String criticality(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		List<SystemStatus> statuses = this.contingency.statuses(practiceId);
		Set<UUID> shown = statuses.stream().map((s) -> s.system().id()).collect(Collectors.toSet());
		List<InventorySystem> others = this.contingency.systems(practiceId)
			.stream()
			.filter((system) -> !shown.contains(system.id()))
			.toList();
		// One list in restore order: the systems with their status first, then the
		// others.
		List<Object> rows = new java.util.ArrayList<>(statuses.size() + others.size());
		rows.addAll(statuses);
		rows.addAll(others);
		List<Object> pageRows = slice(rows, page, model);
		model.addAttribute("statuses",
				pageRows.stream().filter(SystemStatus.class::isInstance).map(SystemStatus.class::cast).toList());
		model.addAttribute("others",
				pageRows.stream().filter(InventorySystem.class::isInstance).map(InventorySystem.class::cast).toList());
		model.addAttribute("nprm", this.contingency.nprm(practiceId));
		return "contingency/criticality";
	}

	@GetMapping("/contingency/criticality/{assetId}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String criticalityForm(@PathVariable UUID assetId, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		InventorySystem system = this.contingency.existingSystem(practiceId, assetId);
		model.addAttribute("form", CriticalityForm.of(this.contingency.criticality(practiceId, assetId)));
		return criticalityPage(model, system);
	}

	@PostMapping("/contingency/criticality/{assetId}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String setCriticality(@PathVariable UUID assetId, @Valid @ModelAttribute("form") CriticalityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		InventorySystem system = this.contingency.existingSystem(CurrentActor.practiceId(), assetId);
		return FormPost.submit(errors, () -> this.contingency.setCriticality(CurrentActor.get(), assetId, form),
				(saved) -> FormPost.redirect(redirect, "/contingency/criticality",
						"\"" + system.name() + "\" is restored in position " + saved.priority() + "."),
				() -> criticalityPage(model, system));
	}

	@PostMapping("/contingency/criticality/{assetId}/delete")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String removeCriticality(@PathVariable UUID assetId, RedirectAttributes redirect) {
		this.contingency.removeCriticality(CurrentActor.get(), assetId);
		return FormPost.redirect(redirect, "/contingency/criticality",
				"The system was taken out of the criticality analysis.");
	}

	private String criticalityPage(Model model, InventorySystem system) {
		model.addAttribute("system", system);
		return "contingency/criticality-form";
	}

	// The plan

	@GetMapping("/contingency/plan")
	@Permitted(Permission.CONTINGENCY_READ)
	String plan(@RequestParam(defaultValue = "0") int page, Model model) {
		return planPage(model, page);
	}

	@PostMapping("/contingency/contacts")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String addContact(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost
			.submit(errors, () -> this.contingency.addContact(CurrentActor.get(), form),
					(contact) -> FormPost.redirect(redirect, "/contingency/plan",
							"\"" + contact.name() + "\" was added to the emergency contacts."),
					() -> planPage(model, 0));
	}

	@PostMapping("/contingency/contacts/{id}/delete")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String removeContact(@PathVariable UUID id, RedirectAttributes redirect) {
		this.contingency.removeContact(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/contingency/plan", "The contact was removed.");
	}

	@PostMapping("/contingency/steps")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String addStep(@Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.contingency.addStep(CurrentActor.get(), form),
				(step) -> FormPost.redirect(redirect, "/contingency/plan",
						"Step " + step.order() + " was added to the "
								+ step.part().label().toLowerCase(java.util.Locale.ROOT) + "."),
				() -> planPage(model, 0));
	}

	@PostMapping("/contingency/steps/{id}/delete")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String removeStep(@PathVariable UUID id, RedirectAttributes redirect) {
		this.contingency.removeStep(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/contingency/plan", "The step was removed.");
	}

	@PostMapping("/contingency/plan")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String generatePlan(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.contingency.generatePlan(CurrentActor.get(), form.changeNote()),
				(plan) -> FormPost.redirect(redirect, plan.link(),
						(plan.openDraft() != null)
								? "The plan was written as draft version " + plan.openDraft()
										+ ". Read it, approve it and publish it here."
								: "The plan is unchanged: the version in effect already says this."),
				() -> planPage(model, 0));
	}

	private String planPage(Model model, int page) {
		Actor actor = CurrentActor.get();
		UUID practiceId = actor.practiceId();
		model.addAttribute("contacts", this.contingency.contacts(practiceId));
		Map<PlanPart, List<StepDetails>> steps = this.contingency.steps(practiceId)
			.stream()
			.collect(Collectors.groupingBy(StepDetails::part));
		model.addAttribute("parts", PlanPart.values());
		model.addAttribute("steps", steps);
		model.addAttribute("partChoices", Labelled.choices(PlanPart.values()));
		model.addAttribute("document", this.contingency.planDocument(practiceId).orElse(null));
		model.addAttribute("exercises", this.contingency.exercises(practiceId, page));
		model.addAttribute("page", page);
		model.addAttribute("canGenerate",
				actor.can(Permission.CONTINGENCY_EDIT) && actor.can(Permission.POLICIES_EDIT));
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", ContactForm.blank());
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.blank());
		}
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", new PlanForm(null));
		}
		return "contingency/plan";
	}

	// Exercises

	@GetMapping("/contingency/exercises/new")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String newExercise(Model model) {
		model.addAttribute("form", ExerciseForm.blank(this.contingency.today(CurrentActor.get())));
		return exerciseForm(model);
	}

	@PostMapping("/contingency/exercises")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String recordExercise(@Valid @ModelAttribute("form") ExerciseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.contingency.recordExercise(CurrentActor.get(), form),
				(exercise) -> FormPost.redirect(redirect, "/contingency/plan",
						"The " + exercise.kind().label().toLowerCase(java.util.Locale.ROOT) + " of " + exercise.heldOn()
								+ " was recorded."),
				() -> exerciseForm(model));
	}

	@PostMapping("/contingency/exercises/{id}/follow-up-done")
	@Permitted(Permission.CONTINGENCY_EDIT)
	String completeFollowUp(@PathVariable UUID id, RedirectAttributes redirect) {
		ExerciseDetails exercise = this.contingency.completeFollowUp(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/contingency/plan",
				"The follow-up of the exercise of " + exercise.heldOn() + " is marked done.");
	}

	private String exerciseForm(Model model) {
		model.addAttribute("kinds", Labelled.choices(ExerciseKind.values()));
		return "contingency/exercise-form";
	}

}
