package dev.bulwark.assessment;

import java.time.Clock;
import dev.bulwark.shared.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Question;
import dev.bulwark.catalog.Requirement;
import dev.bulwark.catalog.Vulnerability;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's security risk assessments (164.308(a)(1)(ii)(A)): starting one (fresh or
 * from last year's), the practice profile, answering and assigning questions, the
 * addressable-specification decisions, the draft, review and sign-off lifecycle, the
 * comparison of two assessments, and the PDF report.
 * <p>
 * Every method works inside one practice: ids from another practice are reported as not
 * found. Changes are checked against the actor's role (staff answer only the questions
 * assigned to them, auditors change nothing, only the security officer signs off) and
 * against the assessment's state (a signed-off assessment refuses every change with
 * {@link AssessmentConflictException}). Every change, and every read of the report,
 * leaves an entry in the audit trail.
 * <p>
 * Weak answers keep the risk register in step: see {@link Risks} for the register itself.
 */
@Service
public class Assessments {

	private final AssessmentRepository repository;

	private final RiskRepository risks;

	private final AssessmentReader reader;

	private final Catalog catalog;

	private final Accounts accounts;

	private final ReportRenderer renderer;

	private final InventorySnapshots inventorySnapshots;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessments(AssessmentRepository repository, RiskRepository risks, AssessmentReader reader, Catalog catalog,
			Accounts accounts, ReportRenderer renderer, InventorySnapshots inventorySnapshots,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.inventorySnapshots = inventorySnapshots;
		this.risks = risks;
		this.reader = reader;
		this.catalog = catalog;
		this.accounts = accounts;
		this.renderer = renderer;
		this.events = events;
		this.clock = clock;
	}

	// ================================================================== reading

	/** The practice's assessments, newest first. */
	public List<AssessmentSummary> list(UUID practiceId) {
		return this.repository.list(practiceId).stream().map((row) -> this.reader.summary(practiceId, row)).toList();
	}

	/** The assessment under way (draft or in review), if any. */
	public Optional<AssessmentSummary> open(UUID practiceId) {
		return this.repository.findOpen(practiceId).map((row) -> this.reader.summary(practiceId, row));
	}

	/** The assessment under way, or else the latest one. */
	public Optional<AssessmentSummary> current(UUID practiceId) {
		return currentRow(practiceId).map((row) -> this.reader.summary(practiceId, row));
	}

	/** One assessment with its profile, progress, answers and decisions. */
	public AssessmentDetails details(UUID practiceId, UUID id) {
		return details(practiceId, this.reader.row(practiceId, id));
	}

	/**
	 * Like {@link #details}, for the API: the read is recorded in the audit trail, since
	 * the answers show the practice's weaknesses.
	 */
	@Transactional
	public AssessmentDetails read(UUID practiceId, UUID id) {
		AssessmentDetails details = details(practiceId, id);
		this.events.publishEvent(
				AuditEvent.of(practiceId, "assessment.viewed", "assessment", id, "Assessment read with its answers"));
		return details;
	}

	/** The questions assigned to a member in an assessment, in questionnaire order. */
	public List<AnswerView> assignedTo(UUID practiceId, UUID id, UUID userId) {
		return details(practiceId, id).answers()
			.stream()
			.filter((answer) -> userId.equals(answer.assigneeId()))
			.toList();
	}

	/**
	 * Where a person left off: the next unanswered question after the last one they
	 * answered, or else the first unanswered question (among those assigned to them, for
	 * staff). Empty when everything is answered.
	 */
	public Optional<AnswerView> resumeAt(UUID practiceId, UUID id, Actor actor) {
		List<AnswerView> answers = details(practiceId, id).answers();
		List<AnswerView> mine = (actor.role() == Role.STAFF)
				? answers.stream().filter((a) -> actor.userId().equals(a.assigneeId())).toList() : answers;
		Optional<AnswerView> last = this.repository.answers(practiceId, id)
			.values()
			.stream()
			.filter((row) -> actor.userId().equals(row.answeredBy()) && row.answeredAt() != null)
			.max(Comparator.comparing(AnswerRow::answeredAt))
			.flatMap((row) -> mine.stream().filter((a) -> a.questionKey().equals(row.questionKey())).findFirst());
		if (last.isPresent()) {
			int index = mine.indexOf(last.get());
			Optional<AnswerView> next = IntStream.range(index + 1, mine.size())
				.mapToObj(mine::get)
				.filter((a) -> a.asked() && !a.answered())
				.findFirst();
			if (next.isPresent()) {
				return next;
			}
		}
		return mine.stream().filter((a) -> a.asked() && !a.answered()).findFirst();
	}

	/** The most useful next step for an assessment, if any is left. */
	public Optional<NextStep> nextStep(UUID practiceId, UUID id) {
		AssessmentRow row = this.reader.row(practiceId, id);
		AssessmentDetails details = details(practiceId, row);
		long proposed = this.reader
			.register(practiceId, this.reader.practice(practiceId), row, details.answers(),
					this.reader.names(practiceId))
			.stream()
			.filter((risk) -> risk.status() == RiskStatus.PROPOSED)
			.count();
		return Optional.ofNullable(NextStep.of(details, details.profile().size(), proposed, this.clock.instant()));
	}

	/**
	 * Two assessments side by side, the older first whatever the order of the ids. The
	 * read is audited.
	 */
	@Transactional
	public Comparison compare(UUID practiceId, UUID oneId, UUID otherId) {
		AssessmentRow one = this.reader.row(practiceId, oneId);
		AssessmentRow other = this.reader.row(practiceId, otherId);
		if (one.id().equals(other.id())) {
			throw new AssessmentInputException("with", "Choose a different assessment to compare with.");
		}
		AssessmentRow older = one.createdAt().isAfter(other.createdAt()) ? other : one;
		AssessmentRow newer = (older == one) ? other : one;
		Comparison comparison = AssessmentComparison.compare(side(practiceId, older), side(practiceId, newer));
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.compared", "assessment", newer.id(),
				"Assessment compared with " + older.id()));
		return comparison;
	}

	/**
	 * The assessment's PDF report. Its download is recorded in the audit trail.
	 */
	@Transactional
	public byte[] report(UUID practiceId, UUID id) {
		ReportModel model = reportModel(practiceId, id);
		byte[] pdf = this.renderer.render(model);
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.report-downloaded", "assessment", id,
				"Risk assessment report downloaded (" + model.assessment().status().label() + ")"));
		return pdf;
	}

	// ================================================================== changing

	/**
	 * Starts an assessment. Only one may be under way at a time. Carried over, it starts
	 * from the last signed-off assessment's profile, answers and decisions, each marked
	 * so that changes since last year stand out. Either way the current risks of the
	 * register move into it.
	 */
	@Transactional
	public AssessmentSummary start(Actor actor, NewAssessmentForm form) {
		requireWriter(actor, "Only the security officer or the IT technician can start an assessment.");
		UUID practiceId = actor.practiceId();
		if (this.repository.findOpen(practiceId).isPresent()) {
			throw new AssessmentConflictException(
					"An assessment is already under way. Finish it and sign it off before starting another.");
		}
		AssessmentRow previous = null;
		if (form.carryOver()) {
			previous = this.repository.list(practiceId)
				.stream()
				.filter((row) -> row.status() == AssessmentStatus.SIGNED_OFF)
				.findFirst()
				.orElseThrow(() -> new AssessmentInputException("carryOver",
						"There is no signed-off assessment to start from yet."));
		}
		PracticeDetails practice = this.reader.practice(practiceId);
		Instant now = this.clock.instant();
		String title = (AnswerForm.trimmed(form.title()) != null) ? form.title().trim()
				: "Risk assessment " + LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
		AssessmentRow row = new AssessmentRow(UUID.randomUUID(), title, AssessmentStatus.DRAFT,
				this.catalog.version().version(), practice.nprmMode(), practice.riskMatrix(),
				(previous != null) ? previous.id() : null, now, actor.userId(), now, null, null, null, null, null, null,
				null);
		this.repository.insert(practiceId, row);
		if (previous != null) {
			this.repository.replaceProfile(practiceId, row.id(), this.repository.profile(practiceId, previous.id()));
			for (AnswerRow answer : this.repository.answers(practiceId, previous.id()).values()) {
				this.repository.saveAnswer(practiceId, row.id(), answer.forNextAssessment());
			}
			for (AssessmentRepository.DecisionRow decision : this.repository.decisions(practiceId, previous.id())
				.values()) {
				this.repository.saveDecision(practiceId, row.id(),
						new AssessmentRepository.DecisionRow(decision.citation(), decision.outcome(),
								decision.alternative(), decision.reason(), decision.alternativeImplemented(),
								decision.decidedAt(), decision.decidedBy(), true));
			}
		}
		int adopted = this.risks.adopt(practiceId, row.id(), now);
		if (previous != null) {
			reconcile(practiceId, row, practice);
		}
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.created", "assessment", row.id(),
				"Assessment started" + ((previous != null) ? " from the answers of " + previous.id() : " fresh") + "; "
						+ adopted + " current risks carried into it"));
		return this.reader.summary(practiceId, row);
	}

	/** Saves the practice profile, which decides the questions that do not apply. */
	@Transactional
	public void saveProfile(Actor actor, UUID id, ProfileForm form) {
		requireWriter(actor, "Only the security officer or the IT technician can change the practice profile.");
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		Map<String, String> values = Questionnaire.normalizeProfile(this.catalog.profileFields(), form.values());
		this.repository.replaceProfile(practiceId, id, values);
		RiskProposals.Plan plan = reconcile(practiceId, row, this.reader.practice(practiceId));
		this.repository.touch(practiceId, id, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.profile-changed", "assessment", id,
				"Practice profile saved (" + values.size() + " of " + this.catalog.profileFields().size() + " answered)"
						+ describe(plan)));
	}

	/**
	 * Answers one question. Weak answers propose the linked risks; a better answer
	 * withdraws proposals nobody has touched.
	 * @throws AccessDeniedException if the person may not answer this question
	 * @throws AssessmentConflictException if the assessment is signed off
	 */
	@Transactional
	public AnswerView answer(Actor actor, UUID id, String questionKey, AnswerForm form) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		Question question = askedQuestion(practice, row, questionKey);
		AnswerRow existing = this.repository.answer(practiceId, id, questionKey).orElse(AnswerRow.empty(questionKey));
		boolean technical = Permissions.technical(question);
		boolean assigned = actor.userId().equals(existing.assigneeId());
		if (!AssessmentLifecycle.mayAnswer(AssessmentStatus.DRAFT, actor.role(), technical, assigned)) {
			throw new AccessDeniedException("You can answer only the questions assigned to you.");
		}
		AssessmentLifecycle.requireOpen(row.status());
		if (!AssessmentLifecycle.mayAnswer(row.status(), actor.role(), technical, assigned)) {
			throw new AccessDeniedException(
					"The assessment is in review; ask the security officer if an answer needs to change.");
		}
		form.check();
		Map<String, Object> profile = Questionnaire.typedProfile(this.catalog.profileFields(),
				this.repository.profile(practiceId, id));
		if (question.notApplicableReason(profile).isPresent() && form.answer() != null) {
			throw new AssessmentInputException("answer",
					"Your practice profile says this question does not apply, so it needs no answer.");
		}
		Instant now = this.clock.instant();
		this.repository.saveAnswer(practiceId, id, existing.answered(form, now, actor.userId()));
		RiskProposals.Plan plan = reconcile(practiceId, row, practice);
		this.repository.touch(practiceId, id, now);
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.answered", "assessment", id,
				"Question " + questionKey + " answered: "
						+ ((form.answer() != null) ? form.answer().label() : "no answer")
						+ (form.flagged() ? " (flagged for later)" : "") + describe(plan)));
		return details(practiceId, row).answers()
			.stream()
			.filter((answer) -> answer.questionKey().equals(questionKey))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Assigns one question, or every question of a section, to a member (or removes the
	 * assignment). Security officer only.
	 * @return how many questions were assigned
	 */
	@Transactional
	public int assign(Actor actor, UUID id, AssignmentForm form) {
		requireSecurityOfficer(actor, "Only the security officer can assign questions.");
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		PracticeDetails practice = this.reader.practice(practiceId);
		if (form.assigneeId() != null) {
			MemberSummary member = this.accounts.member(practiceId, form.assigneeId())
				.filter(MemberSummary::active)
				.orElseThrow(() -> new AssessmentInputException("assigneeId", "Choose someone from your practice."));
			if (member.role() == Role.AUDITOR) {
				throw new AssessmentInputException("assigneeId",
						"Auditors only read; choose a staff member, the IT technician or yourself.");
			}
		}
		List<String> keys;
		if (AnswerForm.trimmed(form.questionKey()) != null) {
			keys = List.of(askedQuestion(practice, row, form.questionKey().trim()).key());
		}
		else {
			String sectionKey = AnswerForm.trimmed(form.section());
			var section = this.catalog.section((sectionKey != null) ? sectionKey : "")
				.orElseThrow(() -> new AssessmentInputException("section", "Choose a section."));
			List<AnswerView> shown = details(practiceId, row).answers();
			keys = shown.stream()
				.filter((answer) -> answer.sectionKey().equals(section.key()) && answer.asked())
				.map(AnswerView::questionKey)
				.toList();
		}
		for (String key : keys) {
			AnswerRow existing = this.repository.answer(practiceId, id, key).orElse(AnswerRow.empty(key));
			this.repository.saveAnswer(practiceId, id, existing.withAssignee(form.assigneeId()));
		}
		this.repository.touch(practiceId, id, this.clock.instant());
		this.events.publishEvent(
				AuditEvent.of(practiceId, "assessment.assigned", "assessment", id, keys.size() + " question(s) "
						+ ((form.assigneeId() != null) ? "assigned to " + form.assigneeId() : "no longer assigned")));
		return keys.size();
	}

	/** Records the decision on an addressable specification. Security officer only. */
	@Transactional
	public void decide(Actor actor, UUID id, String citation, DecisionForm form) {
		requireSecurityOfficer(actor, "Only the security officer can record decisions on addressable specifications.");
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		Requirement specification = addressable(citation);
		AssessmentLifecycle.requireOpen(row.status());
		form.check();
		boolean notReasonable = form.outcome() == DecisionOutcome.NOT_REASONABLE;
		String alternative = (form.outcome() == DecisionOutcome.IMPLEMENTED
				|| (notReasonable && !form.alternativeImplemented())) ? null : AnswerForm.trimmed(form.alternative());
		this.repository.saveDecision(practiceId, id,
				new AssessmentRepository.DecisionRow(specification.citation(), form.outcome(), alternative,
						notReasonable ? AnswerForm.trimmed(form.reason()) : null,
						notReasonable && form.alternativeImplemented(), this.clock.instant(), actor.userId(), false));
		this.repository.touch(practiceId, id, this.clock.instant());
		this.events
			.publishEvent(AuditEvent.of(practiceId, "assessment.decision-recorded", "assessment", id, "Decision on "
					+ specification.citation() + " " + specification.title() + ": " + form.outcome().label()));
	}

	/** Hands a draft to the security officer for review. */
	@Transactional
	public void submit(Actor actor, UUID id) {
		requireWriter(actor, "Only the security officer or the IT technician can submit the assessment for review.");
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentStatus next = AssessmentLifecycle.submit(row.status());
		Instant now = this.clock.instant();
		this.repository.updateStatus(practiceId, id, next, now, actor.userId(), now);
		this.events.publishEvent(
				AuditEvent.of(practiceId, "assessment.submitted", "assessment", id, "Assessment submitted for review"));
	}

	/** Sends an assessment in review back to draft. Security officer only. */
	@Transactional
	public void reopen(Actor actor, UUID id) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentStatus next = AssessmentLifecycle.reopen(row.status(), actor.role());
		this.repository.updateStatus(practiceId, id, next, null, null, this.clock.instant());
		this.events.publishEvent(
				AuditEvent.of(practiceId, "assessment.reopened", "assessment", id, "Assessment sent back to draft"));
	}

	/**
	 * The security officer's sign-off: records their name, the date and the attestation,
	 * keeps the risk register as it stands, and freezes the assessment.
	 */
	@Transactional
	public AssessmentSummary signOff(Actor actor, UUID id, SignOffForm form) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentDetails details = details(practiceId, row);
		AssessmentLifecycle.signOff(row.status(), actor.role(), form, details.unanswered(), details.openDecisions());
		Instant now = this.clock.instant();
		String name = form.name().trim();
		String attestation = AssessmentLifecycle.attestation(name, practice.name(),
				LocalDate.ofInstant(now, ZoneOffset.UTC));
		List<RiskDetails> register = this.reader.register(practiceId, practice, row, details.answers(),
				this.reader.names(practiceId));
		this.repository.signOff(practiceId, id, now, actor.userId(), name, attestation,
				this.catalog.version().version(), practice.nprmMode(), practice.riskMatrix(),
				this.reader.snapshot(register));
		this.inventorySnapshots.freeze(practiceId, id, now);
		this.events.publishEvent(AuditEvent.of(practiceId, "assessment.signed-off", "assessment", id,
				"Signed off by " + name + ": " + details.summary().answered() + " of " + details.summary().asked()
						+ " questions answered, " + register.stream().filter(RiskDetails::current).count()
						+ " current risks"));
		return this.reader.summary(practiceId, this.reader.row(practiceId, id));
	}

	// ================================================================== inventory

	/**
	 * Proposes a risk from a finding of another module (the inventory: an unencrypted
	 * laptop, a cloud service without MFA...). The risk joins the assessment under way,
	 * or waits for the next one to start. It takes the catalog vulnerability whose
	 * citations include the finding's, when there is one, for its threats, ratings and
	 * remediation steps. Proposing the same finding again does nothing; a finding that
	 * reappears after being resolved is proposed again.
	 * @param sourceKey stable key of the finding, e.g. {@code inventory:<findingId>}
	 * @param citation the requirement the finding concerns
	 * @param title a short title
	 * @param detail what was found, e.g. the asset concerned
	 */
	@Transactional
	public void proposeRiskFromFinding(UUID practiceId, String sourceKey, String citation, String title,
			String detail) {
		Optional<AssessmentRow> open = this.repository.findOpen(practiceId)
			.flatMap((row) -> this.repository.lock(practiceId, row.id()));
		UUID assessmentId = open.map(AssessmentRow::id).orElse(null);
		Instant now = this.clock.instant();
		List<RiskRecord> existing = this.risks.bySourceKey(practiceId, sourceKey);
		if (existing.stream().anyMatch((risk) -> risk.status().current())) {
			return;
		}
		Optional<RiskRecord> withdrawn = existing.stream()
			.filter((risk) -> risk.status() == RiskStatus.WITHDRAWN && !risk.edited())
			.findFirst();
		if (withdrawn.isPresent()) {
			RiskRecord risk = withdrawn.get();
			this.risks.update(practiceId, new RiskRecord(risk.id(), assessmentId, risk.source(), risk.sourceKey(),
					risk.vulnerabilityKey(), risk.title(), risk.vulnerability(), risk.threatKeys(), risk.threat(),
					risk.assets(), risk.existingControls(), risk.citations(), risk.likelihood(), risk.impact(),
					risk.treatment(), risk.ownerId(), risk.dueDate(), RiskStatus.PROPOSED, risk.residualLikelihood(),
					risk.residualImpact(), null, null, null, null, false, risk.createdAt(), now, risk.questionKeys()));
			this.events.publishEvent(AuditEvent.of(practiceId, "risk.proposed", "risk", risk.id(),
					"Risk proposed again: the inventory finding reappeared"));
			return;
		}
		Vulnerability vulnerability = this.catalog.vulnerabilities()
			.stream()
			.filter((v) -> v.citations().contains(citation))
			.findFirst()
			.orElse(null);
		List<String> citations = new ArrayList<>();
		citations.add(citation);
		if (vulnerability != null) {
			vulnerability.citations().stream().filter((c) -> !citations.contains(c)).forEach(citations::add);
		}
		RiskRecord risk = new RiskRecord(UUID.randomUUID(), assessmentId, RiskSource.INVENTORY, sourceKey,
				(vulnerability != null) ? vulnerability.key() : null, title,
				(vulnerability != null) ? vulnerability.description() : null,
				(vulnerability != null) ? vulnerability.threats() : List.of(), null, detail, null, citations,
				(vulnerability != null) ? RiskRating.of(vulnerability.defaultLikelihood()) : RiskRating.MODERATE,
				(vulnerability != null) ? RiskRating.of(vulnerability.defaultImpact()) : RiskRating.MODERATE, null,
				null, null, RiskStatus.PROPOSED, null, null, null, null, null, null, false, now, now, List.of());
		this.risks.insert(practiceId, risk);
		if (vulnerability != null) {
			addControlTasks(practiceId, risk.id(), vulnerability, now);
		}
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.proposed", "risk", risk.id(),
				"Risk proposed from an inventory finding (" + citation + ")"));
	}

	/**
	 * Withdraws the risk proposed for a finding once the finding is resolved, unless
	 * someone has already worked on it (then it stays for them to close).
	 */
	@Transactional
	public void withdrawProposedRisk(UUID practiceId, String sourceKey) {
		Instant now = this.clock.instant();
		for (RiskRecord risk : this.risks.bySourceKey(practiceId, sourceKey)) {
			if (risk.status() == RiskStatus.PROPOSED && !risk.edited()) {
				this.risks.setStatus(practiceId, risk.id(), RiskStatus.WITHDRAWN, now);
				this.events.publishEvent(AuditEvent.of(practiceId, "risk.withdrawn", "risk", risk.id(),
						"Proposed risk withdrawn: the inventory finding was resolved"));
			}
		}
	}

	// ================================================================== internals

	Optional<AssessmentRow> currentRow(UUID practiceId) {
		return this.repository.findOpen(practiceId).or(() -> this.repository.list(practiceId).stream().findFirst());
	}

	AssessmentDetails details(UUID practiceId, AssessmentRow row) {
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentReader.Names names = this.reader.names(practiceId);
		List<AnswerView> answers = this.reader.answers(practiceId, practice, row, names);
		List<RiskDetails> register = this.reader.register(practiceId, practice, row, answers, names);
		Map<String, AssessmentRepository.DecisionRow> decided = this.repository.decisions(practiceId, row.id());
		List<DecisionView> decisions = new ArrayList<>();
		for (Requirement specification : this.catalog.addressableSpecifications()) {
			List<String> related = this.catalog.questionsFor(specification.citation())
				.stream()
				.map(Question::key)
				.filter((key) -> answers.stream().anyMatch((a) -> a.questionKey().equals(key)))
				.toList();
			AssessmentRepository.DecisionRow decision = decided.get(specification.citation());
			decisions.add((decision == null)
					? new DecisionView(specification.citation(), specification.title(), specification.summary(),
							related, null, null, null, false, null, null, false)
					: new DecisionView(specification.citation(), specification.title(), specification.summary(),
							related, decision.outcome(), decision.alternative(), decision.reason(),
							decision.alternativeImplemented(), decision.decidedAt(),
							(decision.decidedBy() != null) ? names.apply(decision.decidedBy()) : null,
							decision.carriedOver()));
		}
		return new AssessmentDetails(this.reader.summary(row, practice, answers, register), row.attestation(),
				this.repository.profile(practiceId, row.id()), Questionnaire.progress(this.catalog.sections(), answers),
				answers, decisions);
	}

	ReportModel reportModel(UUID practiceId, UUID id) {
		AssessmentRow row = this.reader.row(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentDetails details = details(practiceId, row);
		List<RiskDetails> register = this.reader.register(practiceId, practice, row, details.answers(),
				this.reader.names(practiceId));
		return ReportModel.of(practice.name(), details, register, this.catalog, this.clock.instant(),
				this.inventorySnapshots.forReport(practiceId, id, row.status() == AssessmentStatus.SIGNED_OFF));
	}

	AssessmentComparison.Side side(UUID practiceId, AssessmentRow row) {
		AssessmentDetails details = details(practiceId, row);
		PracticeDetails practice = this.reader.practice(practiceId);
		return new AssessmentComparison.Side(details.summary(), details.answers(),
				this.reader.register(practiceId, practice, row, details.answers(), this.reader.names(practiceId)));
	}

	private RiskProposals.Plan reconcile(UUID practiceId, AssessmentRow row, PracticeDetails practice) {
		List<AnswerView> answers = this.reader.answers(practiceId, practice, row, this.reader.names(practiceId));
		RiskProposals.Plan plan = RiskProposals.plan(this.catalog, answers,
				this.risks.byAssessment(practiceId, row.id()));
		Instant now = this.clock.instant();
		plan.create().forEach((key, questions) -> this.catalog.vulnerability(key).ifPresent((vulnerability) -> {
			RiskRecord risk = new RiskRecord(UUID.randomUUID(), row.id(), RiskSource.QUESTIONNAIRE, null,
					vulnerability.key(), vulnerability.title(), vulnerability.description(), vulnerability.threats(),
					null, null, null, vulnerability.citations(), RiskRating.of(vulnerability.defaultLikelihood()),
					RiskRating.of(vulnerability.defaultImpact()), null, null, null, RiskStatus.PROPOSED, null, null,
					null, null, null, null, false, now, now, List.copyOf(questions));
			this.risks.insert(practiceId, risk);
			addControlTasks(practiceId, risk.id(), vulnerability, now);
		}));
		plan.link().forEach((riskId, questions) -> this.risks.addLinks(practiceId, riskId, questions));
		plan.repropose().forEach((riskId) -> this.risks.setStatus(practiceId, riskId, RiskStatus.PROPOSED, now));
		plan.withdraw().forEach((riskId) -> this.risks.setStatus(practiceId, riskId, RiskStatus.WITHDRAWN, now));
		return plan;
	}

	private void addControlTasks(UUID practiceId, UUID riskId, Vulnerability vulnerability, Instant now) {
		List<String> controls = vulnerability.controls();
		for (int i = 0; i < controls.size(); i++) {
			this.risks.insertTask(practiceId,
					new TaskRecord(UUID.randomUUID(), riskId, controls.get(i), null, null, null, i, now));
		}
	}

	private static String describe(RiskProposals.Plan plan) {
		if (plan.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (!plan.create().isEmpty()) {
			parts.add("proposed " + String.join(", ", plan.create().keySet()));
		}
		if (!plan.repropose().isEmpty()) {
			parts.add(plan.repropose().size() + " proposed again");
		}
		if (!plan.withdraw().isEmpty()) {
			parts.add(plan.withdraw().size() + " withdrawn");
		}
		return parts.isEmpty() ? "" : "; risks " + String.join("; ", parts);
	}

	private AssessmentRow lock(UUID practiceId, UUID id) {
		return this.repository.lock(practiceId, id).orElseThrow(() -> NotFoundException.of("Assessment", id));
	}

	private Question askedQuestion(PracticeDetails practice, AssessmentRow row, String questionKey) {
		return this.catalog.question(questionKey)
			.filter((question) -> !question.proposed() || this.reader.nprm(practice, row))
			.orElseThrow(() -> NotFoundException.of("Question", questionKey));
	}

	private Requirement addressable(@Nullable String citation) {
		return this.catalog.requirement((citation != null) ? citation : "")
			.filter(Requirement::addressableSpecification)
			.orElseThrow(() -> NotFoundException.of("Addressable specification", citation));
	}

	static void requireWriter(Actor actor, String message) {
		if (!actor.can(Permission.ASSESSMENT_EDIT)) {
			throw new AccessDeniedException(message);
		}
	}

	static void requireSecurityOfficer(Actor actor, String message) {
		if (actor.role() != Role.SECURITY_OFFICER) {
			throw new AccessDeniedException(message);
		}
	}

}
