package dev.bulwark.training;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.evidence.EvidenceSummary;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training for scripts and MSP tools, with the same forms as the pages. Input errors and
 * state conflicts are answered by the one API error mapping (400 with errors by field,
 * 409). Modules are shown without their answers.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Security awareness modules, quizzes, completion records, assignments")
class TrainingApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Training training;

	private final OutsideTrainings outside;

	private final SecurityReminders reminders;

	private final PhishingResults phishing;

	TrainingApiController(Training training, OutsideTrainings outside, SecurityReminders reminders,
			PhishingResults phishing) {
		this.phishing = phishing;
		this.reminders = reminders;
		this.training = training;
		this.outside = outside;
	}

	/** An outside training record with its certificates in the evidence store. */
	record OutsideTrainingView(UUID id, UUID userId, String personName, String course, String provider,
			LocalDate completedOn, BigDecimal hours, String notes, Instant recordedAt,
			List<EvidenceSummary> certificates) {

		static OutsideTrainingView of(OutsideTraining r, List<EvidenceSummary> certificates) {
			return new OutsideTrainingView(r.id(), r.userId(), r.personName(), r.course(), r.provider(),
					r.completedOn(), r.hours(), r.notes(), r.recordedAt(), certificates);
		}

	}

	/** A module as the API shows it: the questions without their answers. */
	record ModuleView(String key, int version, String title, int minutes, String summary, List<String> citations,
			int passMark, String markdown, List<QuestionView> quiz) {

		static ModuleView of(TrainingModule module) {
			return new ModuleView(module.key(), module.version(), module.title(), module.minutes(), module.summary(),
					module.citations().stream().map(TrainingModule.CitedRule::label).toList(), module.passMark(),
					module.body(),
					module.quiz().stream().map((q) -> new QuestionView(q.question(), q.choices())).toList());
		}

	}

	record QuestionView(String question, List<String> choices) {

	}

	@GetMapping("/modules")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(
			summary = "The training modules that ship with Bulwark, in course order, with their quizzes (no answers)")
	List<ModuleView> modules() {
		return this.training.modules().stream().map(ModuleView::of).toList();
	}

	@GetMapping("/modules/{key}")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "One module")
	ModuleView module(@PathVariable String key) {
		return ModuleView.of(this.training.module(key));
	}

	@PostMapping("/modules/{key}/attempts")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "Answer the module's quiz as yourself: {\"answers\": {\"0\": 2, \"1\": 0, ...}} (question "
			+ "index to choice index, from 0); the result says whether you passed")
	ResponseEntity<Attempt> take(@PathVariable String key, @RequestBody QuizForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.training.take(CurrentActor.get(), key, form));
	}

	@GetMapping("/records")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "Completion records (passed quizzes: person, module, version, score, date), newest first, 50 "
			+ "per page (page=0, 1, ...; the total is in X-Total-Count): everyone's for the security officer and "
			+ "auditors, otherwise your own")
	ResponseEntity<List<Attempt>> records(@RequestParam(defaultValue = "0") int page) {
		Actor actor = CurrentActor.get();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.training.recordCount(actor)))
			.body(this.training.records(actor, page));
	}

	@GetMapping("/records/{id}")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "One attempt (yours, or anyone's for the security officer and auditors)")
	Attempt record(@PathVariable UUID id) {
		return this.training.attempt(CurrentActor.get(), id);
	}

	@GetMapping("/matrix")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "The completion matrix: each person of the workforce by module (PASSED, DUE, OVERDUE, "
			+ "NOT_ASSIGNED)")
	CompletionMatrix matrix() {
		return this.training.matrix(CurrentActor.practiceId());
	}

	@PostMapping("/assignments")
	@Permitted(Permission.TRAINING_MANAGE)
	@Operation(summary = "Assign training: userId (empty: the whole workforce), moduleKey (empty: every module), dueOn "
			+ "(empty: in 30 days, a recommendation); modules a person already has open are skipped")
	ResponseEntity<List<Assignment>> assign(@RequestBody AssignForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.training.assign(CurrentActor.get(), form));
	}

	@GetMapping("/records/outside")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "Training taken outside Bulwark (person, course, provider, date, hours), newest first, 50 per "
			+ "page (page=0, 1, ...; the total is in X-Total-Count): everyone's for the security officer and "
			+ "auditors, otherwise your own")
	ResponseEntity<List<OutsideTraining>> outsideRecords(@RequestParam(defaultValue = "0") int page) {
		Actor actor = CurrentActor.get();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.outside.count(actor)))
			.body(this.outside.records(actor, page));
	}

	@PostMapping(path = "/records/outside", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.TRAINING_MANAGE)
	@Operation(summary = "Record outside training (multipart: userId, or personName for someone without an account; "
			+ "course, provider, completedOn, hours, notes, and file: the certificate, optional, stored encrypted in "
			+ "the evidence store); nothing is saved if anything is refused")
	ResponseEntity<OutsideTrainingView> recordOutside(@Valid @ModelAttribute OutsideTrainingForm form) {
		Actor actor = CurrentActor.get();
		OutsideTraining record = this.outside.record(actor, form);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(OutsideTrainingView.of(record, this.outside.certificates(actor, record.id())));
	}

	@GetMapping("/records/outside/{id}")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "One outside training record with its certificates (yours, or anyone's for the security "
			+ "officer and auditors)")
	OutsideTrainingView outsideRecord(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return OutsideTrainingView.of(this.outside.get(actor, id), this.outside.certificates(actor, id));
	}

	@GetMapping("/records/outside/{id}/certificates/{evidenceId}")
	@Permitted(Permission.TRAINING_TAKE)
	@Operation(summary = "Download a certificate of an outside training record you may read (version: empty for the "
			+ "newest)")
	void certificate(@PathVariable UUID id, @PathVariable UUID evidenceId,
			@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(this.outside.openCertificate(CurrentActor.get(), id, evidenceId, version), response);
	}

	@GetMapping("/reminders")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Security reminders (164.308(a)(5)(ii)(A)): the whole schedule, those still to be sent first "
			+ "(nextOn), then ended ones")
	List<SecurityReminder> reminders() {
		return this.reminders.reminders(CurrentActor.practiceId());
	}

	@PostMapping("/reminders")
	@Permitted(Permission.TRAINING_MANAGE)
	@Operation(summary = "Schedule a security reminder: subject, message, audience (WORKFORCE, STAFF, OFFICERS), "
			+ "recurrence (ONCE, MONTHLY, QUARTERLY, YEARLY), firstOn (tomorrow or later); Bulwark e-mails it on "
			+ "each date and records to whom")
	ResponseEntity<SecurityReminder> schedule(@Valid @RequestBody ReminderForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.reminders.schedule(CurrentActor.get(), form));
	}

	@PostMapping("/reminders/{id}/stop")
	@Permitted(Permission.TRAINING_MANAGE)
	@Operation(summary = "Stop a reminder: nothing more is sent (409 if it has already ended)")
	SecurityReminder stop(@PathVariable UUID id) {
		return this.reminders.stop(CurrentActor.get(), id);
	}

	@GetMapping("/reminders/sent")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "The record of reminders sent: when, for which due date, to whom and whether the mail server "
			+ "accepted each message; newest first, 50 per page (total in X-Total-Count)")
	ResponseEntity<List<ReminderSending>> sent(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.reminders.countSendings(practiceId)))
			.body(this.reminders.sendings(practiceId, page));
	}

	@GetMapping("/phishing")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Phishing simulation results recorded from another tool (date, campaign, sent, clicked, "
			+ "reported, rates), newest first, 50 per page (total in X-Total-Count)")
	ResponseEntity<List<PhishingResult>> phishing(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.phishing.count(practiceId)))
			.body(this.phishing.results(practiceId, page));
	}

	@GetMapping("/phishing/trend")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "The trend of the last three years, oldest first: each campaign's click and report rates and "
			+ "their change in percentage points since the campaign before")
	List<PhishingResult.TrendPoint> phishingTrend() {
		return this.phishing.trend(CurrentActor.practiceId(), this.training.today(CurrentActor.get()));
	}

	@PostMapping("/phishing")
	@Permitted(Permission.TRAINING_MANAGE)
	@Operation(summary = "Record a phishing simulation run elsewhere: runOn, campaign, sent (at least 1), clicked and "
			+ "reported (each at most sent), notes")
	ResponseEntity<PhishingResult> recordPhishing(@Valid @RequestBody PhishingForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.phishing.record(CurrentActor.get(), form));
	}

}
