package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.ProfileField;
import dev.bulwark.catalog.Question;
import dev.bulwark.catalog.Section;
import dev.bulwark.catalog.Vulnerability;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk assessment pages: the list of assessments, the practice profile, the
 * questionnaire by section (each question saved on its own, by htmx or by a plain form
 * post), "my questions" for staff, areas of success and review, the addressable
 * decisions, review and sign-off, comparison and the report download. Every POST goes
 * through {@link FormPost}: problems with the input appear next to their fields, a state
 * that forbids the change (a signed-off assessment) above the form.
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final Risks risks;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Inventory inventory;

	AssessmentController(Assessments assessments, Risks risks, Catalog catalog, MessageSource messages,
			Inventory inventory) {
		this.assessments = assessments;
		this.risks = risks;
		this.catalog = catalog;
		this.messages = messages;
		this.inventory = inventory;
	}

	/**
	 * Whether the practice's inventory has no systems yet: the report would then show an
	 * empty inventory, so the pages suggest recording the systems first.
	 */
	private boolean inventoryEmpty(UUID practiceId) {
		return this.inventory.summary(practiceId).assets() == 0;
	}

	// ------------------------------------------------------------------ list and start

	@GetMapping("/assessments")
	@Permitted(Permission.PRACTICE_MEMBER)
	String list(Model model) {
		Actor actor = CurrentActor.get();
		Optional<AssessmentSummary> open = this.assessments.open(actor.practiceId());
		if (!actor.can(Permission.ASSESSMENT_READ)) {
			return open.map((a) -> "redirect:/assessments/" + a.id() + "/mine").orElse("assessment/nothing-assigned");
		}
		return listPage(actor, open, model);
	}

	private String listPage(Actor actor, Optional<AssessmentSummary> open, Model model) {
		List<AssessmentSummary> all = this.assessments.list(actor.practiceId());
		model.addAttribute("assessments", all);
		model.addAttribute("open", open.orElse(null));
		model.addAttribute("canCarryOver", all.stream().anyMatch((a) -> a.status() == AssessmentStatus.SIGNED_OFF));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewAssessmentForm(null, true));
		}
		return "assessment/list";
	}

	@PostMapping("/assessments")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String start(@Valid @ModelAttribute("form") NewAssessmentForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.assessments.start(actor, form),
				(started) -> FormPost.redirect(redirect, "/assessments/" + started.id() + "/profile",
						"Assessment started. Begin with the practice profile."),
				() -> listPage(actor, this.assessments.open(actor.practiceId()), model));
	}

	// ------------------------------------------------------------------ overview

	@GetMapping("/assessments/{id}")
	@Permitted(Permission.PRACTICE_MEMBER)
	String overview(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		if (!actor.can(Permission.ASSESSMENT_READ)) {
			return "redirect:/assessments/" + id + "/mine";
		}
		model.addAttribute("assessment", details);
		model.addAttribute("nextStep", this.assessments.nextStep(actor.practiceId(), id).orElse(null));
		model.addAttribute("resume",
				this.assessments.resumeAt(actor.practiceId(), id, actor.userId(), false).orElse(null));
		model.addAttribute("carriedToConfirm", details.answers().stream().filter(AnswerView::carriedOver).count());
		model.addAttribute("flagged", details.answers().stream().filter(AnswerView::flagged).toList());
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT) && details.summary().open());
		model.addAttribute("inventoryEmpty", inventoryEmpty(actor.practiceId()));
		return "assessment/overview";
	}

	// ------------------------------------------------------------------ profile

	@GetMapping("/assessments/{id}/profile")
	@Permitted(Permission.ASSESSMENT_READ)
	String profile(@PathVariable UUID id, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		ProfileForm form = new ProfileForm(details.profile());
		return profilePage(details, form, new BeanPropertyBindingResult(form, "form"), model);
	}

	@PostMapping("/assessments/{id}/profile")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String saveProfile(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		// The fields come from the catalog, so they are read by name rather than bound.
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, list) -> {
			if (name.startsWith("values[") && name.endsWith("]") && !list.isEmpty()) {
				values.put(name.substring(7, name.length() - 1), list.get(0));
			}
		});
		ProfileForm form = new ProfileForm(values);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		return FormPost.perform(errors, () -> this.assessments.saveProfile(actor, id, form),
				() -> FormPost.redirect(redirect, "/assessments/" + id,
						"Profile saved. Questions that do not apply to your practice are marked, with the reason."),
				() -> profilePage(this.assessments.details(actor.practiceId(), id), form, errors, model));
	}

	private String profilePage(AssessmentDetails details, ProfileForm form, BindingResult errors, Model model) {
		model.addAttribute("assessment", details);
		model.addAttribute("fields", this.catalog.profileFields());
		model.addAttribute("choices", profileChoices(this.catalog.profileFields()));
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("canWrite", CurrentActor.get().can(Permission.ASSESSMENT_EDIT) && details.summary().open());
		return "assessment/profile";
	}

	/** Leaves a profile question unanswered: it then rules no question out. */
	private static final Choice NOT_SURE = new Choice("", "Not sure / skip");

	/** The options of each yes/no and choice question of the profile, by field key. */
	private static Map<String, List<Choice>> profileChoices(List<ProfileField> fields) {
		Map<String, List<Choice>> choices = new HashMap<>();
		for (ProfileField field : fields) {
			switch (field.type()) {
				case BOOLEAN ->
					choices.put(field.key(), List.of(new Choice("true", "Yes"), new Choice("false", "No"), NOT_SURE));
				case CHOICE -> {
					List<Choice> options = new ArrayList<>();
					field.choices().forEach((c) -> options.add(new Choice(c.value(), c.label())));
					options.add(NOT_SURE);
					choices.put(field.key(), options);
				}
				default -> {
				}
			}
		}
		return choices;
	}

	// ------------------------------------------------------------------ questionnaire

	@GetMapping("/assessments/{id}/sections/{section}")
	@Permitted(Permission.PRACTICE_MEMBER)
	String section(@PathVariable UUID id, @PathVariable String section, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		Section current = this.catalog.section(section).orElseThrow(() -> NotFoundException.of("Section", section));
		return sectionPage(actor, details, current, null, null, Map.of(), null, model);
	}

	private String sectionPage(Actor actor, AssessmentDetails details, Section section, @Nullable String errorKey,
			@Nullable AnswerForm submitted, Map<String, String> errors, @Nullable String problem, Model model) {
		List<QuestionItem> items = new ArrayList<>();
		boolean onlyAssigned = !actor.can(Permission.ASSESSMENT_READ);
		for (AnswerView answer : details.answers()) {
			if (!answer.sectionKey().equals(section.key())) {
				continue;
			}
			if (onlyAssigned && !actor.userId().equals(answer.assigneeId())) {
				continue;
			}
			boolean error = answer.questionKey().equals(errorKey);
			items.add(item(actor, details, answer, error ? submitted : QuestionItem.formOf(answer),
					error ? errors : Map.of(), null, error ? problem : null));
		}
		List<SectionProgress> sections = details.sections();
		int index = 0;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).key().equals(section.key())) {
				index = i;
			}
		}
		model.addAttribute("assessment", details);
		model.addAttribute("section", section);
		model.addAttribute("progress", sections.get(index));
		model.addAttribute("previous", (index > 0) ? sections.get(index - 1) : null);
		model.addAttribute("next", (index + 1 < sections.size()) ? sections.get(index + 1) : null);
		model.addAttribute("items", items);
		model.addAttribute("sectionAssignment", new AssignmentForm(null, section.key(), null));
		addAssignmentModel(actor, details, model);
		return "assessment/section";
	}

	@GetMapping("/assessments/mine")
	@Permitted(Permission.PRACTICE_MEMBER)
	String mineOfCurrent() {
		return this.assessments.open(CurrentActor.practiceId())
			.map((a) -> "redirect:/assessments/" + a.id() + "/mine")
			.orElse("assessment/nothing-assigned");
	}

	@GetMapping("/assessments/{id}/mine")
	@Permitted(Permission.PRACTICE_MEMBER)
	String mine(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		List<QuestionItem> items = details.answers()
			.stream()
			.filter((answer) -> actor.userId().equals(answer.assigneeId()))
			.map((answer) -> item(actor, details, answer, QuestionItem.formOf(answer), Map.of(), null, null))
			.toList();
		model.addAttribute("assessment", details);
		model.addAttribute("items", items);
		model.addAttribute("answered", items.stream().filter((i) -> i.answer().answered()).count());
		addAssignmentModel(actor, details, model);
		return "assessment/mine";
	}

	/**
	 * Saves one answer. With htmx the question comes back in place: saved, with its
	 * errors, or (when the assessment was signed off meanwhile, e.g. from another tab)
	 * read-only with the reason, so nothing fails silently.
	 */
	@PostMapping("/assessments/{id}/answers/{questionKey}")
	@Permitted(Permission.ASSESSMENT_ANSWER_ASSIGNED)
	String answer(@PathVariable UUID id, @PathVariable String questionKey,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Question question = this.catalog.question(questionKey)
			.orElseThrow(() -> NotFoundException.of("Question", questionKey));
		boolean mine = "mine".equals(returnTo);
		return FormPost.submit(errors, () -> this.assessments.answer(actor, id, questionKey, form), (saved) -> {
			String message = saved.weak() ? "Saved. This answer proposes the risks below for your register."
					: (saved.effectiveAnswer() == null) ? "Saved, still without an answer." : "Saved.";
			if (htmx != null) {
				return savedQuestion(actor, id, question, null, Map.of(), message, null, returnTo, model);
			}
			return FormPost.redirect(redirect,
					"/assessments/" + id + (mine ? "/mine" : "/sections/" + question.section()) + "#q-" + questionKey,
					message);
		}, () -> {
			Map<String, String> fieldErrors = new LinkedHashMap<>();
			for (FieldError error : errors.getFieldErrors()) {
				fieldErrors.putIfAbsent(error.getField(), message(error));
			}
			String problem = errors.getGlobalErrors()
				.stream()
				.map(ObjectError::getDefaultMessage)
				.findFirst()
				.map((reason) -> reason + " Your answer was not saved.")
				.orElse(null);
			if (htmx != null) {
				return savedQuestion(actor, id, question, form, fieldErrors, null, problem, returnTo, model);
			}
			AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
			model.addAttribute("error",
					(problem != null) ? problem : "Your answer was not saved: check the question marked below.");
			return sectionPage(actor, details, this.catalog.section(question.section()).orElseThrow(), questionKey,
					form, fieldErrors, problem, model);
		});
	}

	private String savedQuestion(Actor actor, UUID id, Question question, @Nullable AnswerForm submitted,
			Map<String, String> fieldErrors, @Nullable String message, @Nullable String problem,
			@Nullable String returnTo, Model model) {
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		AnswerView answer = details.answers()
			.stream()
			.filter((a) -> a.questionKey().equals(question.key()))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Question", question.key()));
		boolean keepInput = submitted != null && !fieldErrors.isEmpty();
		model.addAttribute("assessment", details);
		model.addAttribute("item", item(actor, details, answer, keepInput ? submitted : QuestionItem.formOf(answer),
				fieldErrors, message, problem));
		model.addAttribute("progress",
				details.sections()
					.stream()
					.filter((s) -> s.key().equals(question.section()))
					.findFirst()
					.orElseThrow());
		model.addAttribute("returnTo", returnTo);
		addAssignmentModel(actor, details, model);
		return "assessment/question :: saved";
	}

	@PostMapping("/assessments/{id}/assignments")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String assign(@PathVariable UUID id, @ModelAttribute("assignment") AssignmentForm form, BindingResult errors,
			RedirectAttributes redirect) {
		String section = (form.section() != null) ? form.section()
				: this.catalog.question((form.questionKey() != null) ? form.questionKey() : "")
					.map(Question::section)
					.orElse(null);
		String back = "/assessments/" + id + ((section != null) ? "/sections/" + section : "")
				+ ((form.questionKey() != null) ? "#q-" + form.questionKey() : "");
		return FormPost.submit(errors, () -> this.assessments.assign(CurrentActor.get(), id, form),
				(count) -> FormPost.redirect(redirect, back, (form.assigneeId() != null)
						? count + " question(s) assigned." : "Assignment removed from " + count + " question(s)."),
				() -> {
					// One select per question on the page: the reason goes above it.
					redirect.addFlashAttribute("error", "Nothing was assigned: " + firstMessage(errors));
					return "redirect:" + back;
				});
	}

	// ------------------------------------------------------------------ results

	@GetMapping("/assessments/{id}/results")
	@Permitted(Permission.ASSESSMENT_READ)
	String results(@PathVariable UUID id, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		model.addAttribute("assessment", details);
		Map<String, List<AnswerView>> success = new LinkedHashMap<>();
		Map<String, List<AnswerView>> review = new LinkedHashMap<>();
		for (SectionProgress section : details.sections()) {
			success.put(section.key(),
					details.answers()
						.stream()
						.filter((a) -> a.sectionKey().equals(section.key()) && a.effectiveAnswer() == AnswerValue.YES)
						.toList());
			review.put(section.key(),
					details.answers()
						.stream()
						.filter((a) -> a.sectionKey().equals(section.key()) && a.weak())
						.toList());
		}
		model.addAttribute("success", success);
		model.addAttribute("review", review);
		return "assessment/results";
	}

	// ------------------------------------------------------------------ decisions

	/**
	 * Every addressable decision on one page. Whoever may decide gets one form for all of
	 * them, with "implemented" proposed where every related answer is yes; the others see
	 * the decisions as a table.
	 */
	@GetMapping("/assessments/{id}/decisions")
	@Permitted(Permission.ASSESSMENT_READ)
	String decisions(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		model.addAttribute("form", recordedForm(details));
		return decisionsPage(actor, details, model);
	}

	/** The decisions as recorded, with "implemented" proposed where nothing is yet. */
	private static DecisionsForm recordedForm(AssessmentDetails details) {
		Map<String, AnswerView> answers = byKey(details);
		return new DecisionsForm(details.decisions()
			.stream()
			.map((d) -> new DecisionsForm.Row(d.citation(), (d.outcome() != null) ? d.outcome() : d.proposed(answers),
					d.alternative(), d.reason(), d.alternativeImplemented(), d.plannedTaskId()))
			.toList());
	}

	/**
	 * Saves every decision of the page that changed, in one transaction; when any row is
	 * wrong, nothing is saved and the page comes back with everything as typed and each
	 * problem next to its row's field.
	 */
	@PostMapping("/assessments/{id}/decisions/all")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String decideAll(@PathVariable UUID id, @Valid @ModelAttribute("form") DecisionsForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		if (errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			// Only an edited request sends a choice that is none of the page's: the rows
			// cannot be shown as sent, so the page shows what is recorded, and says so.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("error", "Nothing was saved: a choice could not be read. Choose again and save.");
			model.addAttribute("form", recordedForm(details));
			return decisionsPage(actor, details, model);
		}
		return FormPost.submit(errors, () -> this.assessments.decideAll(actor, id, form),
				(saved) -> FormPost.redirect(redirect, "/assessments/" + id + "/decisions",
						(saved == 0) ? "Nothing had changed, so no decision was saved."
								: (saved == 1) ? "1 decision saved." : saved + " decisions saved."),
				() -> {
					if (errors.hasFieldErrors()) {
						model.addAttribute("error", "Nothing was saved: check the decisions marked below.");
					}
					AssessmentDetails now = this.assessments.details(actor.practiceId(), id);
					if (errors.hasGlobalErrors() && !now.summary().open()) {
						// Signed off meanwhile: the page shows no form, so the refusal
						// goes on top.
						model.addAttribute("error", errors.getGlobalErrors().get(0).getDefaultMessage());
					}
					return decisionsPage(actor, now, model);
				});
	}

	private String decisionsPage(Actor actor, AssessmentDetails details, Model model) {
		Map<String, AnswerView> answers = byKey(details);
		model.addAttribute("assessment", details);
		model.addAttribute("answers", answers);
		model.addAttribute("canDecide", actor.can(Permission.ASSESSMENT_SIGN_OFF) && details.summary().open());
		model.addAttribute("proposed",
				details.decisions()
					.stream()
					.filter((d) -> d.proposed(answers) != null)
					.map(DecisionView::citation)
					.toList());
		model.addAttribute("tasks", this.assessments.taskChoices(actor.practiceId(), details.summary().id()));
		model.addAttribute("outcomes",
				java.util.Arrays.stream(DecisionOutcome.values())
					.map((outcome) -> new Choice(outcome.name(), outcome.label()))
					.toList());
		return "assessment/decisions";
	}

	@GetMapping("/assessments/{id}/decisions/edit")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String editDecision(@PathVariable UUID id, @RequestParam String citation, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		DecisionView decision = decision(details, citation);
		model.addAttribute("form", new DecisionForm(decision.outcome(), decision.alternative(), decision.reason(),
				decision.alternativeImplemented(), decision.plannedTaskId()));
		return decisionPage(details, decision, model);
	}

	@PostMapping("/assessments/{id}/decisions")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String decide(@PathVariable UUID id, @RequestParam String citation,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		DecisionView decision = decision(details, citation);
		return FormPost.perform(
				errors, () -> this.assessments.decide(CurrentActor.get(), id, citation, form), () -> FormPost
					.redirect(redirect, "/assessments/" + id + "/decisions", "Decision on " + citation + " recorded."),
				() -> decisionPage(details, decision, model));
	}

	private String decisionPage(AssessmentDetails details, DecisionView decision, Model model) {
		model.addAttribute("assessment", details);
		model.addAttribute("decision", decision);
		model.addAttribute("answers", byKey(details));
		model.addAttribute("contradiction", decision.contradiction(byKey(details)));
		model.addAttribute("tasks", this.assessments.taskChoices(CurrentActor.practiceId(), details.summary().id()));
		model.addAttribute("outcomes",
				java.util.Arrays.stream(DecisionOutcome.values())
					.map((outcome) -> new Choice(outcome.name(), outcome.label() + ": " + outcome.description()))
					.toList());
		return "assessment/decision";
	}

	private static DecisionView decision(AssessmentDetails details, String citation) {
		return details.decisions()
			.stream()
			.filter((d) -> d.citation().equals(citation))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Addressable specification", citation));
	}

	// ------------------------------------------------------------------ review and
	// sign-off

	@GetMapping("/assessments/{id}/scope")
	@Permitted(Permission.ASSESSMENT_READ)
	String scope(@PathVariable UUID id, Model model) {
		model.addAttribute("form", this.assessments.scopeForm(CurrentActor.practiceId(), id));
		return scopePage(id, model);
	}

	@PostMapping("/assessments/{id}/scope")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String saveScope(@PathVariable UUID id, @Valid @ModelAttribute("form") ScopeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.perform(
				errors, () -> this.assessments.saveScope(CurrentActor.get(), id, form), () -> FormPost
					.redirect(redirect, "/assessments/" + id + "/scope", "The scope of the analysis was saved."),
				() -> scopePage(id, model));
	}

	private String scopePage(UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		model.addAttribute("assessment", details);
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT) && details.summary().open());
		return "assessment/scope";
	}

	@GetMapping("/assessments/{id}/review")
	@Permitted(Permission.ASSESSMENT_READ)
	String review(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new SignOffForm(CurrentActor.get().displayName(), false, false));
		return reviewPage(id, model);
	}

	private String reviewPage(UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		RiskRegister register = this.risks.unaudited(actor.practiceId(),
				new RiskFilter(details.summary().open() ? null : id, null, null, null, false));
		model.addAttribute("assessment", details);
		model.addAttribute("scores", AssessmentScores.of(details.answers(), register.risks()));
		model.addAttribute("proposedRisks",
				register.risks().stream().filter((r) -> r.status() == RiskStatus.PROPOSED).count());
		model.addAttribute("flagged", details.answers().stream().filter(AnswerView::flagged).toList());
		model.addAttribute("carriedToConfirm", details.answers().stream().filter(AnswerView::carriedOver).count());
		LocalDate today = this.risks.today(actor.practiceId());
		model.addAttribute("attestation",
				AssessmentLifecycle.attestation(actor.displayName(), actor.practiceName(), today));
		model.addAttribute("canSignOff", actor.can(Permission.ASSESSMENT_SIGN_OFF));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		model.addAttribute("inventoryEmpty", inventoryEmpty(actor.practiceId()));
		return "assessment/review";
	}

	@PostMapping("/assessments/{id}/submit")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "submit");
		return FormPost.perform(errors, () -> this.assessments.submit(CurrentActor.get(), id), () -> FormPost.redirect(
				redirect, "/assessments/" + id + "/review",
				"Submitted for review. Staff can no longer change their answers; the security officer signs it off."),
				() -> refused(redirect, "/assessments/" + id + "/review", errors));
	}

	@PostMapping("/assessments/{id}/reopen")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "reopen");
		return FormPost.perform(errors, () -> this.assessments.reopen(CurrentActor.get(), id),
				() -> FormPost.redirect(redirect, "/assessments/" + id, "The assessment is a draft again."),
				() -> refused(redirect, "/assessments/" + id + "/review", errors));
	}

	@PostMapping("/assessments/{id}/sign-off")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String signOff(@PathVariable UUID id, @Valid @ModelAttribute("form") SignOffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.assessments.signOff(CurrentActor.get(), id, form),
				(signed) -> FormPost.redirect(redirect, "/assessments/" + id + "/review",
						"Signed off. The assessment is now frozen; download the report below."),
				() -> reviewPage(id, model));
	}

	// ------------------------------------------------------ compare and report

	@GetMapping("/assessments/{id}/compare")
	@Permitted(Permission.ASSESSMENT_READ)
	String compare(@PathVariable UUID id, @RequestParam(required = false) UUID with, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		AssessmentDetails details = this.assessments.details(practiceId, id);
		List<AssessmentSummary> others = this.assessments.list(practiceId)
			.stream()
			.filter((a) -> !a.id().equals(id))
			.toList();
		UUID other = (with != null) ? with : details.summary().previousId();
		model.addAttribute("assessment", details);
		model.addAttribute("others", others);
		model.addAttribute("with", other);
		model.addAttribute("levels", RiskLevel.values());
		if (other != null && !other.equals(id)) {
			model.addAttribute("comparison", this.assessments.compare(practiceId, id, other));
		}
		else if (other != null) {
			model.addAttribute("error", "Choose a different assessment to compare with.");
		}
		return "assessment/compare";
	}

	@GetMapping("/assessments/{id}/report.pdf")
	@Permitted(Permission.ASSESSMENT_READ)
	ResponseEntity<byte[]> report(@PathVariable UUID id) {
		return pdf(this.assessments.report(CurrentActor.practiceId(), id), id);
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("risk-assessment-" + id + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	// ------------------------------------------------------------------ helpers

	/** Back to a page with the reason a button's action was refused. */
	private String refused(RedirectAttributes redirect, String path, BindingResult errors) {
		redirect.addFlashAttribute("error", firstMessage(errors));
		return "redirect:" + path;
	}

	private String firstMessage(BindingResult errors) {
		return errors.getAllErrors().stream().map(this::message).findFirst().orElse("That could not be done.");
	}

	/**
	 * An error in words for people: a value that could not be read at all gets the
	 * message of {@code messages.properties}, never the converter's own text.
	 */
	private String message(ObjectError error) {
		return this.messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	private QuestionItem item(Actor actor, AssessmentDetails details, AnswerView answer, AnswerForm form,
			Map<String, String> errors, @Nullable String message, @Nullable String problem) {
		Question question = this.catalog.question(answer.questionKey()).orElseThrow();
		boolean canAnswer = details.summary().open() && answer.asked() && AssessmentLifecycle.mayAnswer(
				details.summary().status(), actor::can, answer.technical(), actor.userId().equals(answer.assigneeId()));
		List<String> riskTitles = question.vulnerabilities()
			.stream()
			.map(this.catalog::vulnerability)
			.flatMap(Optional::stream)
			.map(Vulnerability::title)
			.toList();
		return new QuestionItem(question, answer, canAnswer, form, errors, riskTitles, message, problem);
	}

	private void addAssignmentModel(Actor actor, AssessmentDetails details, Model model) {
		boolean canAssign = actor.can(Permission.ASSESSMENT_SIGN_OFF) && details.summary().open();
		model.addAttribute("canAssign", canAssign);
		List<MemberSummary> members = canAssign ? this.risks.possibleOwners(actor.practiceId()) : List.of();
		model.addAttribute("members", members);
		model.addAttribute("memberChoices",
				members.stream()
					.map((m) -> Choice.of(m.userId(), m.displayName() + " (" + m.role().label() + ")"))
					.toList());
		model.addAttribute("answerValues", AnswerValue.values());
		model.addAttribute("canSeeRisks", actor.can(Permission.ASSESSMENT_READ));
		model.addAttribute("inventoryEmpty", inventoryEmpty(actor.practiceId()));
	}

	private static Map<String, AnswerView> byKey(AssessmentDetails details) {
		Map<String, AnswerView> byKey = new LinkedHashMap<>();
		details.answers().forEach((a) -> byKey.put(a.questionKey(), a));
		return byKey;
	}

}
