package dev.bulwark.assessment;

import java.util.ArrayList;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Question;
import dev.bulwark.catalog.Section;
import dev.bulwark.catalog.Vulnerability;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * decisions, review and sign-off, comparison and the report download.
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final Risks risks;

	private final Catalog catalog;

	AssessmentController(Assessments assessments, Risks risks, Catalog catalog) {
		this.assessments = assessments;
		this.risks = risks;
		this.catalog = catalog;
	}

	// ------------------------------------------------------------------ list and start

	@GetMapping("/assessments")
	@Permitted(Permission.PRACTICE_MEMBER)
	String list(Model model) {
		Actor actor = CurrentActor.get();
		Optional<AssessmentSummary> open = this.assessments.open(actor.practiceId());
		if (actor.role() == Role.STAFF) {
			return open.map((a) -> "redirect:/assessments/" + a.id() + "/mine").orElse("assessment/nothing-assigned");
		}
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
		if (errors.hasErrors()) {
			return list(model);
		}
		try {
			AssessmentSummary started = this.assessments.start(CurrentActor.get(), form);
			redirect.addFlashAttribute("message", "Assessment started. Begin with the practice profile.");
			return "redirect:/assessments/" + started.id() + "/profile";
		}
		catch (AssessmentInputException ex) {
			errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			return list(model);
		}
	}

	// ------------------------------------------------------------------ overview

	@GetMapping("/assessments/{id}")
	@Permitted(Permission.PRACTICE_MEMBER)
	String overview(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		if (actor.role() == Role.STAFF) {
			return "redirect:/assessments/" + id + "/mine";
		}
		model.addAttribute("assessment", details);
		model.addAttribute("nextStep", this.assessments.nextStep(actor.practiceId(), id).orElse(null));
		model.addAttribute("resume", this.assessments.resumeAt(actor.practiceId(), id, actor).orElse(null));
		model.addAttribute("carriedToConfirm", details.answers().stream().filter(AnswerView::carriedOver).count());
		model.addAttribute("flagged", details.answers().stream().filter(AnswerView::flagged).toList());
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT) && details.summary().open());
		return "assessment/overview";
	}

	// ------------------------------------------------------------------ profile

	@GetMapping("/assessments/{id}/profile")
	@Permitted(Permission.ASSESSMENT_READ)
	String profile(@PathVariable UUID id, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		return profilePage(details, details.profile(), Map.of(), model);
	}

	@PostMapping("/assessments/{id}/profile")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String saveProfile(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, list) -> {
			if (name.startsWith("values[") && name.endsWith("]") && !list.isEmpty()) {
				values.put(name.substring(7, name.length() - 1), list.get(0));
			}
		});
		try {
			this.assessments.saveProfile(actor, id, new ProfileForm(values));
		}
		catch (AssessmentInputException ex) {
			return profilePage(this.assessments.details(actor.practiceId(), id), values,
					Map.of(ex.field(), ex.getMessage()), model);
		}
		redirect.addFlashAttribute("message",
				"Profile saved. Questions that do not apply to your practice are marked, with the reason.");
		return "redirect:/assessments/" + id;
	}

	private String profilePage(AssessmentDetails details, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("assessment", details);
		model.addAttribute("fields", this.catalog.profileFields());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("canWrite", CurrentActor.get().can(Permission.ASSESSMENT_EDIT) && details.summary().open());
		return "assessment/profile";
	}

	// ------------------------------------------------------------------ questionnaire

	@GetMapping("/assessments/{id}/sections/{section}")
	@Permitted(Permission.PRACTICE_MEMBER)
	String section(@PathVariable UUID id, @PathVariable String section, Model model) {
		Actor actor = CurrentActor.get();
		AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
		Section current = this.catalog.section(section).orElseThrow(() -> NotFoundException.of("Section", section));
		return sectionPage(actor, details, current, null, null, Map.of(), model);
	}

	private String sectionPage(Actor actor, AssessmentDetails details, Section section, @Nullable String errorKey,
			@Nullable AnswerForm submitted, Map<String, String> errors, Model model) {
		List<QuestionItem> items = new ArrayList<>();
		for (AnswerView answer : details.answers()) {
			if (!answer.sectionKey().equals(section.key())) {
				continue;
			}
			if (actor.role() == Role.STAFF && !actor.userId().equals(answer.assigneeId())) {
				continue;
			}
			boolean error = answer.questionKey().equals(errorKey);
			items.add(item(actor, details, answer, error ? submitted : QuestionItem.formOf(answer),
					error ? errors : Map.of(), null));
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
			.map((answer) -> item(actor, details, answer, QuestionItem.formOf(answer), Map.of(), null))
			.toList();
		model.addAttribute("assessment", details);
		model.addAttribute("items", items);
		model.addAttribute("answered", items.stream().filter((i) -> i.answer().answered()).count());
		addAssignmentModel(actor, details, model);
		return "assessment/mine";
	}

	@PostMapping("/assessments/{id}/answers/{questionKey}")
	@Permitted(Permission.ASSESSMENT_ANSWER_ASSIGNED)
	String answer(@PathVariable UUID id, @PathVariable String questionKey,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Question question = this.catalog.question(questionKey)
			.orElseThrow(() -> NotFoundException.of("Question", questionKey));
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		String message = null;
		if (errors.isEmpty()) {
			try {
				AnswerView saved = this.assessments.answer(actor, id, questionKey, form);
				message = saved.weak() ? "Saved. This answer proposes the risks below for your register." : "Saved.";
			}
			catch (AssessmentInputException ex) {
				errors.put(ex.field(), ex.getMessage());
			}
		}
		boolean mine = "mine".equals(returnTo);
		if (htmx != null) {
			AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
			AnswerView answer = details.answers()
				.stream()
				.filter((a) -> a.questionKey().equals(questionKey))
				.findFirst()
				.orElseThrow(() -> NotFoundException.of("Question", questionKey));
			model.addAttribute("assessment", details);
			model.addAttribute("item", item(actor, details, answer,
					errors.isEmpty() ? QuestionItem.formOf(answer) : form, errors, message));
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
		if (!errors.isEmpty()) {
			AssessmentDetails details = this.assessments.details(actor.practiceId(), id);
			model.addAttribute("error", "Your answer was not saved: check the question marked below.");
			return sectionPage(actor, details, this.catalog.section(question.section()).orElseThrow(), questionKey,
					form, errors, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/assessments/" + id + (mine ? "/mine" : "/sections/" + question.section()) + "#q-"
				+ questionKey;
	}

	@PostMapping("/assessments/{id}/assignments")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String assign(@PathVariable UUID id, @ModelAttribute AssignmentForm form, RedirectAttributes redirect) {
		String section = (form.section() != null) ? form.section()
				: this.catalog.question((form.questionKey() != null) ? form.questionKey() : "")
					.map(Question::section)
					.orElse(null);
		try {
			int count = this.assessments.assign(CurrentActor.get(), id, form);
			redirect.addFlashAttribute("message", (form.assigneeId() != null) ? count + " question(s) assigned."
					: "Assignment removed from " + count + " question(s).");
		}
		catch (AssessmentInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/assessments/" + id + ((section != null) ? "/sections/" + section : "")
				+ ((form.questionKey() != null) ? "#q-" + form.questionKey() : "");
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

	@GetMapping("/assessments/{id}/decisions")
	@Permitted(Permission.ASSESSMENT_READ)
	String decisions(@PathVariable UUID id, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		model.addAttribute("assessment", details);
		model.addAttribute("answers", byKey(details));
		model.addAttribute("canDecide", CurrentActor.get().is(Role.SECURITY_OFFICER) && details.summary().open());
		return "assessment/decisions";
	}

	@GetMapping("/assessments/{id}/decisions/edit")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String editDecision(@PathVariable UUID id, @RequestParam String citation, Model model) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		DecisionView decision = decision(details, citation);
		model.addAttribute("form", new DecisionForm(decision.outcome(), decision.alternative(), decision.reason(),
				decision.alternativeImplemented()));
		return decisionPage(details, decision, model);
	}

	@PostMapping("/assessments/{id}/decisions")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String decide(@PathVariable UUID id, @RequestParam String citation,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AssessmentDetails details = this.assessments.details(CurrentActor.practiceId(), id);
		DecisionView decision = decision(details, citation);
		if (errors.hasErrors()) {
			return decisionPage(details, decision, model);
		}
		try {
			this.assessments.decide(CurrentActor.get(), id, citation, form);
		}
		catch (AssessmentInputException ex) {
			errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			return decisionPage(details, decision, model);
		}
		redirect.addFlashAttribute("message", "Decision on " + citation + " recorded.");
		return "redirect:/assessments/" + id + "/decisions";
	}

	private String decisionPage(AssessmentDetails details, DecisionView decision, Model model) {
		model.addAttribute("assessment", details);
		model.addAttribute("decision", decision);
		model.addAttribute("answers", byKey(details));
		model.addAttribute("outcomes", DecisionOutcome.values());
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
		model.addAttribute("attestation", AssessmentLifecycle.attestation(actor.displayName(), actor.practiceName(),
				java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
		model.addAttribute("isOfficer", actor.is(Role.SECURITY_OFFICER));
		model.addAttribute("canWrite", actor.can(Permission.ASSESSMENT_EDIT));
		return "assessment/review";
	}

	@PostMapping("/assessments/{id}/submit")
	@Permitted(Permission.ASSESSMENT_EDIT)
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		this.assessments.submit(CurrentActor.get(), id);
		redirect.addFlashAttribute("message",
				"Submitted for review. Staff can no longer change their answers; the security officer signs it off.");
		return "redirect:/assessments/" + id + "/review";
	}

	@PostMapping("/assessments/{id}/reopen")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
		this.assessments.reopen(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "The assessment is a draft again.");
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/sign-off")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	String signOff(@PathVariable UUID id, @Valid @ModelAttribute("form") SignOffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return reviewPage(id, model);
		}
		try {
			this.assessments.signOff(CurrentActor.get(), id, form);
		}
		catch (AssessmentInputException ex) {
			errors.rejectValue(ex.field(), "invalid", ex.getMessage());
			return reviewPage(id, model);
		}
		redirect.addFlashAttribute("message", "Signed off. The assessment is now frozen; download the report below.");
		return "redirect:/assessments/" + id + "/review";
	}

	// ------------------------------------------------------------------ compare and
	// report

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
		if (other != null) {
			try {
				model.addAttribute("comparison", this.assessments.compare(practiceId, id, other));
			}
			catch (AssessmentInputException ex) {
				model.addAttribute("error", ex.getMessage());
			}
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

	// ------------------------------------------------------------------ errors

	/**
	 * A frozen assessment, or a step out of order: 409 with the reason in plain words.
	 */
	@ExceptionHandler(AssessmentConflictException.class)
	String conflict(AssessmentConflictException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("reason", ex.getMessage());
		return (request.getHeader("HX-Request") != null) ? "assessment/conflict :: notice" : "assessment/conflict";
	}

	@ExceptionHandler(AssessmentInputException.class)
	String invalid(AssessmentInputException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason", ex.getMessage());
		return "assessment/conflict";
	}

	// ------------------------------------------------------------------ helpers

	private QuestionItem item(Actor actor, AssessmentDetails details, AnswerView answer, AnswerForm form,
			Map<String, String> errors, @Nullable String message) {
		Question question = this.catalog.question(answer.questionKey()).orElseThrow();
		boolean canAnswer = details.summary().open() && answer.asked()
				&& AssessmentLifecycle.mayAnswer(details.summary().status(), actor.role(), answer.technical(),
						actor.userId().equals(answer.assigneeId()));
		List<String> riskTitles = question.vulnerabilities()
			.stream()
			.map(this.catalog::vulnerability)
			.flatMap(Optional::stream)
			.map(Vulnerability::title)
			.toList();
		return new QuestionItem(question, answer, canAnswer, form, errors, riskTitles, message);
	}

	private void addAssignmentModel(Actor actor, AssessmentDetails details, Model model) {
		boolean canAssign = actor.is(Role.SECURITY_OFFICER) && details.summary().open();
		model.addAttribute("canAssign", canAssign);
		model.addAttribute("members", canAssign ? this.risks.possibleOwners(actor.practiceId()) : List.of());
		model.addAttribute("answerValues", AnswerValue.values());
		model.addAttribute("canSeeRisks", actor.role() != Role.STAFF);
	}

	private static Map<String, AnswerView> byKey(AssessmentDetails details) {
		Map<String, AnswerView> byKey = new LinkedHashMap<>();
		details.answers().forEach((a) -> byKey.put(a.questionKey(), a));
		return byKey;
	}

}
