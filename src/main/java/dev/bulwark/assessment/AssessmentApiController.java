package dev.bulwark.assessment;

import java.net.URI;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk assessment for scripts and MSP tooling: list and start assessments, read one
 * with its answers, answer questions, set the profile, record addressable decisions,
 * submit, sign off and download the report.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Risk assessment", description = "Security risk assessments: profile, answers, decisions, sign-off, report")
class AssessmentApiController {

	private final Assessments assessments;

	AssessmentApiController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(summary = "List the practice's assessments, newest first")
	List<AssessmentSummary> list() {
		return this.assessments.list(CurrentActor.practiceId());
	}

	@PostMapping
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Start an assessment",
			description = "Only one may be under way. With carryOver, it starts from the last signed-off assessment's "
					+ "profile, answers and decisions. 409 if one is already under way.")
	ResponseEntity<AssessmentSummary> create(@Valid @RequestBody NewAssessmentForm form) {
		AssessmentSummary created = this.assessments.start(CurrentActor.get(), form);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(summary = "Read an assessment with its profile, progress, answers and addressable decisions",
			description = "The read is recorded in the audit trail.")
	AssessmentDetails read(@PathVariable UUID id) {
		return this.assessments.read(CurrentActor.practiceId(), id);
	}

	@PutMapping("/{id}/answers/{questionKey}")
	@Permitted(Permission.ASSESSMENT_ANSWER_ASSIGNED)
	@Operation(summary = "Answer a question",
			description = "answer: YES, PARTLY, NO, NOT_APPLICABLE (with notApplicableReason) or DONT_KNOW. Staff may "
					+ "answer only questions assigned to them, IT technicians technical or assigned questions, auditors "
					+ "nothing (403). 409 once the assessment is signed off.")
	AnswerView answer(@PathVariable UUID id, @PathVariable String questionKey, @Valid @RequestBody AnswerForm form) {
		return this.assessments.answer(CurrentActor.get(), id, questionKey, form);
	}

	@PutMapping("/{id}/profile")
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Set the practice profile",
			description = "values by profile field key (see /api/v1/catalog): \"true\"/\"false\", a whole number, or a "
					+ "choice's value. Replaces the whole profile.")
	Map<String, String> profile(@PathVariable UUID id, @RequestBody ProfileForm form) {
		this.assessments.saveProfile(CurrentActor.get(), id, form);
		return this.assessments.details(CurrentActor.practiceId(), id).profile();
	}

	@PutMapping("/{id}/decisions/{citation}")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	@Operation(summary = "Record the decision on an addressable specification",
			description = "outcome: IMPLEMENTED, ALTERNATIVE (with alternative), NOT_REASONABLE (with reason, and an "
					+ "alternative when alternativeImplemented) or PLANNED (not yet in place, with plannedTaskId: a "
					+ "task of a current risk's treatment plan).")
	DecisionView decide(@PathVariable UUID id, @PathVariable String citation, @Valid @RequestBody DecisionForm form) {
		this.assessments.decide(CurrentActor.get(), id, citation, form);
		return this.assessments.details(CurrentActor.practiceId(), id)
			.decisions()
			.stream()
			.filter((d) -> d.citation().equals(citation))
			.findFirst()
			.orElseThrow();
	}

	@PutMapping("/{id}/scope")
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Record the scope of the analysis",
			description = "Locations, the period covered, what is out of scope, participants (one per line, "
					+ "\"Name — role\"), the statement on security incidents in the period and the next review date, "
					+ "as the report prints them.")
	ScopeForm scope(@PathVariable UUID id, @Valid @RequestBody ScopeForm form) {
		this.assessments.saveScope(CurrentActor.get(), id, form);
		return this.assessments.scopeForm(CurrentActor.practiceId(), id);
	}

	@PostMapping("/{id}/submit")
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Submit a draft for review")
	AssessmentSummary submit(@PathVariable UUID id) {
		this.assessments.submit(CurrentActor.get(), id);
		return this.assessments.details(CurrentActor.practiceId(), id).summary();
	}

	@PostMapping("/{id}/sign-off")
	@Permitted(Permission.ASSESSMENT_SIGN_OFF)
	@Operation(summary = "Sign off an assessment in review",
			description = "Security officer only. name and attest are required; acknowledgeIncomplete when questions "
					+ "or decisions are open. The assessment is frozen afterwards.")
	AssessmentSummary signOff(@PathVariable UUID id, @Valid @RequestBody SignOffForm form) {
		return this.assessments.signOff(CurrentActor.get(), id, form);
	}

	@GetMapping(path = "/{id}/report.pdf", produces = "application/pdf")
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(summary = "Download the assessment's PDF report", description = "The download is audited.")
	ResponseEntity<byte[]> report(@PathVariable UUID id) {
		return AssessmentController.pdf(this.assessments.report(CurrentActor.practiceId(), id), id);
	}

}
