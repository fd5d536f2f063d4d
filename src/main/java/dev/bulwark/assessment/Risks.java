package dev.bulwark.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's risk register and treatment plan (164.308(a)(1)(ii)(B)).
 * <p>
 * The register lives on from one assessment to the next: a risk belongs to the assessment
 * that holds it, and its current risks move into the next assessment when it starts. Work
 * on risks (treatment, owners, tasks) continues after sign-off; the signed-off assessment
 * keeps the register as it stood when it was signed, for its report.
 * <p>
 * Risks are proposed by weak answers ({@link Assessments#answer}) or inventory findings,
 * or added by hand. Accepting a risk needs the security officer and a written
 * justification; who accepted it and when are kept. Reading the register or a risk is
 * recorded in the audit trail.
 */
@Service
public class Risks {

	private final RiskRepository repository;

	private final AssessmentRepository assessments;

	private final AssessmentReader reader;

	private final Catalog catalog;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Risks(RiskRepository repository, AssessmentRepository assessments, AssessmentReader reader, Catalog catalog,
			Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.assessments = assessments;
		this.reader = reader;
		this.catalog = catalog;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The register: of the given assessment (as signed off, if it is), or by default the
	 * living register of the current assessment together with risks waiting for the next
	 * one. The read is audited.
	 */
	@Transactional
	public RiskRegister register(UUID practiceId, RiskFilter filter) {
		RiskRegister register = unaudited(practiceId, filter);
		this.events.publishEvent(AuditEvent.of(practiceId, "risk-register.viewed", "risk-register",
				(register.assessment() != null) ? register.assessment().id() : null,
				"Risk register viewed (" + register.risks().size() + " risks listed)"));
		return register;
	}

	/** One risk with its tasks. The read is audited. */
	@Transactional
	public RiskDetails get(UUID practiceId, UUID id) {
		RiskDetails risk = details(practiceId, record(practiceId, id));
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.viewed", "risk", id, "Risk viewed"));
		return risk;
	}

	/**
	 * The treatment plan of the current register (or of an assessment as signed off):
	 * current risks other than accepted ones, by level, with their tasks.
	 */
	public TreatmentPlan treatmentPlan(UUID practiceId, @Nullable UUID assessmentId) {
		RiskRegister register = unaudited(practiceId, new RiskFilter(assessmentId, null, null, null, false));
		Map<RiskLevel, List<RiskDetails>> byLevel = new LinkedHashMap<>();
		List<RiskDetails> accepted = new ArrayList<>();
		for (RiskLevel level : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.LOW)) {
			List<RiskDetails> risks = register.risks()
				.stream()
				.filter((risk) -> risk.level() == level && risk.status() != RiskStatus.ACCEPTED)
				.sorted(java.util.Comparator.comparing(RiskDetails::dueDate,
						java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
				.toList();
			if (!risks.isEmpty()) {
				byLevel.put(level, risks);
			}
		}
		register.risks().stream().filter((risk) -> risk.status() == RiskStatus.ACCEPTED).forEach(accepted::add);
		return new TreatmentPlan(register.assessment(), byLevel, accepted, today());
	}

	/** The matrix new or edited risks are rated on. */
	public RiskMatrix matrixFor(UUID practiceId, @Nullable UUID riskId) {
		PracticeDetails practice = this.reader.practice(practiceId);
		if (riskId == null) {
			return RiskMatrix.fromSetting(practice.riskMatrix());
		}
		RiskRecord record = record(practiceId, riskId);
		return this.reader.matrix(practice, assessmentOf(practiceId, record));
	}

	/** Adds a risk by hand, to the assessment under way or, without one, to the next. */
	@Transactional
	public RiskDetails create(Actor actor, RiskForm form) {
		Assessments.requireWriter(actor, "Only the security officer or the IT technician can add risks.");
		UUID practiceId = actor.practiceId();
		Optional<AssessmentRow> open = this.assessments.findOpen(practiceId)
			.flatMap((row) -> this.assessments.lock(practiceId, row.id()));
		PracticeDetails practice = this.reader.practice(practiceId);
		form.check(this.reader.matrix(practice, open.orElse(null)));
		checkReferences(practiceId, form);
		Instant now = this.clock.instant();
		Acceptance acceptance = acceptance(actor, form, null, now);
		RiskStatus status = status(form, null);
		RiskRecord risk = new RiskRecord(UUID.randomUUID(), open.map(AssessmentRow::id).orElse(null), RiskSource.MANUAL,
				null, null, form.title().trim(), AnswerForm.trimmed(form.vulnerability()), form.threatKeysOrEmpty(),
				AnswerForm.trimmed(form.threat()), AnswerForm.trimmed(form.assets()),
				AnswerForm.trimmed(form.existingControls()), List.of(), form.likelihood(), form.impact(),
				form.treatment(), form.ownerId(), form.dueDate(), status, form.residualLikelihood(),
				form.residualImpact(), acceptance.justification(), acceptance.by(), acceptance.byName(),
				acceptance.at(), true, now, now, List.of());
		this.repository.insert(practiceId, risk);
		this.events.publishEvent(
				AuditEvent.of(practiceId, "risk.created", "risk", risk.id(), "Risk added by hand: " + risk.title()));
		if (acceptance.at() != null) {
			this.events.publishEvent(AuditEvent.of(practiceId, "risk.accepted", "risk", risk.id(),
					"Risk accepted by the security officer with a written justification"));
		}
		return details(practiceId, this.repository.find(practiceId, risk.id()).orElseThrow());
	}

	/**
	 * Updates a risk. Choosing a treatment confirms a proposed risk; choosing "accept"
	 * needs the security officer and a justification (see {@link #accept}).
	 */
	@Transactional
	public RiskDetails update(Actor actor, UUID id, RiskForm form) {
		Assessments.requireWriter(actor, "Only the security officer or the IT technician can change risks.");
		UUID practiceId = actor.practiceId();
		RiskRecord existing = record(practiceId, id);
		AssessmentRow assessment = assessmentOf(practiceId, existing);
		form.check(this.reader.matrix(this.reader.practice(practiceId), assessment));
		checkReferences(practiceId, form);
		Instant now = this.clock.instant();
		Acceptance acceptance = acceptance(actor, form, existing, now);
		RiskStatus status = status(form, existing);
		RiskRecord updated = new RiskRecord(existing.id(), existing.assessmentId(), existing.source(),
				existing.sourceKey(), existing.vulnerabilityKey(), form.title().trim(),
				AnswerForm.trimmed(form.vulnerability()), form.threatKeysOrEmpty(), AnswerForm.trimmed(form.threat()),
				AnswerForm.trimmed(form.assets()), AnswerForm.trimmed(form.existingControls()), existing.citations(),
				form.likelihood(), form.impact(), form.treatment(), form.ownerId(), form.dueDate(), status,
				form.residualLikelihood(), form.residualImpact(), acceptance.justification(), acceptance.by(),
				acceptance.byName(), acceptance.at(), true, existing.createdAt(), now, existing.questionKeys());
		this.repository.update(practiceId, updated);
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.updated", "risk", id,
				"Risk updated: " + existing.status().label() + " -> " + status.label()
						+ ((form.treatment() != null) ? ", treatment " + form.treatment().label() : "")));
		if (acceptance.fresh()) {
			this.events.publishEvent(AuditEvent.of(practiceId, "risk.accepted", "risk", id,
					"Risk accepted by the security officer with a written justification"));
		}
		return details(practiceId, this.repository.find(practiceId, id).orElseThrow());
	}

	/**
	 * Accepts a risk: security officer only, with a written justification; records who
	 * and when.
	 */
	@Transactional
	public RiskDetails accept(Actor actor, UUID id, AcceptanceForm form) {
		UUID practiceId = actor.practiceId();
		RiskRecord existing = record(practiceId, id);
		String justification = RiskAcceptance.check(actor.role(), form.justification());
		Instant now = this.clock.instant();
		RiskRecord accepted = new RiskRecord(existing.id(), existing.assessmentId(), existing.source(),
				existing.sourceKey(), existing.vulnerabilityKey(), existing.title(), existing.vulnerability(),
				existing.threatKeys(), existing.threat(), existing.assets(), existing.existingControls(),
				existing.citations(), existing.likelihood(), existing.impact(), Treatment.ACCEPT, existing.ownerId(),
				existing.dueDate(), RiskStatus.ACCEPTED, existing.residualLikelihood(), existing.residualImpact(),
				justification, actor.userId(), actor.displayName(), now, true, existing.createdAt(), now,
				existing.questionKeys());
		this.repository.update(practiceId, accepted);
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.accepted", "risk", id,
				"Risk accepted by the security officer with a written justification"));
		return details(practiceId, this.repository.find(practiceId, id).orElseThrow());
	}

	/** Adds a remediation task to a risk. */
	@Transactional
	public TreatmentTask addTask(Actor actor, UUID riskId, TaskForm form) {
		Assessments.requireWriter(actor, "Only the security officer or the IT technician can plan tasks.");
		UUID practiceId = actor.practiceId();
		record(practiceId, riskId);
		checkMember(practiceId, form.ownerId(), "ownerId");
		Instant now = this.clock.instant();
		TaskRecord task = new TaskRecord(UUID.randomUUID(), riskId, form.title().trim(), form.ownerId(), form.dueDate(),
				form.done() ? now : null, this.repository.nextTaskPosition(practiceId, riskId), now);
		this.repository.insertTask(practiceId, task);
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.task-added", "risk", riskId, "Task added"));
		return task(practiceId, riskId, task.id());
	}

	/** Changes a task: its title, owner, due date, or whether it is done. */
	@Transactional
	public TreatmentTask updateTask(Actor actor, UUID riskId, UUID taskId, TaskForm form) {
		Assessments.requireWriter(actor, "Only the security officer or the IT technician can change tasks.");
		UUID practiceId = actor.practiceId();
		TaskRecord existing = this.repository.findTask(practiceId, riskId, taskId)
			.orElseThrow(() -> NotFoundException.of("Task", taskId));
		checkMember(practiceId, form.ownerId(), "ownerId");
		Instant doneAt = form.done() ? ((existing.doneAt() != null) ? existing.doneAt() : this.clock.instant()) : null;
		this.repository.updateTask(practiceId, new TaskRecord(existing.id(), riskId, form.title().trim(),
				form.ownerId(), form.dueDate(), doneAt, existing.position(), existing.createdAt()));
		this.events.publishEvent(AuditEvent.of(practiceId, "risk.task-updated", "risk", riskId,
				"Task " + (form.done() ? "done" : "updated")));
		return task(practiceId, riskId, taskId);
	}

	/** The practice's active members who can own risks and tasks. */
	public List<MemberSummary> possibleOwners(UUID practiceId) {
		return this.accounts.activeMembers(practiceId)
			.stream()
			.filter((member) -> member.role() != dev.bulwark.shared.Role.AUDITOR)
			.toList();
	}

	// ================================================================== internals

	RiskRegister unaudited(UUID practiceId, RiskFilter filter) {
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentReader.Names names = this.reader.names(practiceId);
		AssessmentRow row = (filter.assessmentId() != null) ? this.reader.row(practiceId, filter.assessmentId())
				: this.assessments.findOpen(practiceId)
					.or(() -> this.assessments.list(practiceId).stream().findFirst())
					.orElse(null);
		List<RiskDetails> all;
		RiskMatrix matrix = this.reader.matrix(practice, row);
		boolean asSignedOff = false;
		if (row == null) {
			all = this.reader.live(practiceId, this.repository.pending(practiceId), matrix, List.of(), names);
		}
		else {
			List<AnswerView> answers = this.reader.answers(practiceId, practice, row, names);
			if (filter.assessmentId() != null && row.status() == AssessmentStatus.SIGNED_OFF
					&& row.registerSnapshot() != null) {
				all = this.reader.readSnapshot(row.registerSnapshot());
				asSignedOff = true;
			}
			else {
				List<RiskRecord> records = new ArrayList<>(this.repository.byAssessment(practiceId, row.id()));
				if (filter.assessmentId() == null) {
					records.addAll(this.repository.pending(practiceId));
				}
				all = this.reader.live(practiceId, records, matrix, answers, names);
			}
		}
		AssessmentSummary summary = (row != null) ? this.reader.summary(practiceId, row) : null;
		return new RiskRegister(summary, matrix, all.stream().filter(filter::matches).toList(), HeatMap.of(matrix, all),
				asSignedOff);
	}

	RiskDetails details(UUID practiceId, RiskRecord record) {
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentReader.Names names = this.reader.names(practiceId);
		AssessmentRow assessment = assessmentOf(practiceId, record);
		List<AnswerView> answers = (assessment != null) ? this.reader.answers(practiceId, practice, assessment, names)
				: List.of();
		return this.reader.live(practiceId, List.of(record), this.reader.matrix(practice, assessment), answers, names)
			.get(0);
	}

	RiskRecord record(UUID practiceId, UUID id) {
		return this.repository.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Risk", id));
	}

	private @Nullable AssessmentRow assessmentOf(UUID practiceId, RiskRecord record) {
		return (record.assessmentId() != null) ? this.assessments.find(practiceId, record.assessmentId()).orElse(null)
				: null;
	}

	private TreatmentTask task(UUID practiceId, UUID riskId, UUID taskId) {
		return details(practiceId, record(practiceId, riskId)).tasks()
			.stream()
			.filter((task) -> task.id().equals(taskId))
			.findFirst()
			.orElseThrow();
	}

	private void checkReferences(UUID practiceId, RiskForm form) {
		checkMember(practiceId, form.ownerId(), "ownerId");
		for (String key : form.threatKeysOrEmpty()) {
			if (this.catalog.threat(key).isEmpty()) {
				throw new AssessmentInputException("threatKeys", "Choose threats from the list.");
			}
		}
	}

	private void checkMember(UUID practiceId, @Nullable UUID userId, String field) {
		if (userId != null && this.accounts.member(practiceId, userId).filter(MemberSummary::active).isEmpty()) {
			throw new AssessmentInputException(field, "Choose someone from your practice.");
		}
	}

	/** The acceptance a saved risk carries, and whether it was given just now. */
	private record Acceptance(@Nullable String justification, @Nullable UUID by, @Nullable String byName,
			@Nullable Instant at, boolean fresh) {

		static final Acceptance NONE = new Acceptance(null, null, null, null, false);

	}

	private Acceptance acceptance(Actor actor, RiskForm form, @Nullable RiskRecord existing, Instant now) {
		if (form.treatment() != Treatment.ACCEPT) {
			return Acceptance.NONE;
		}
		String given = AnswerForm.trimmed(form.justification());
		if (existing != null && existing.status() == RiskStatus.ACCEPTED && existing.acceptedAt() != null
				&& (given == null || Objects.equals(given, existing.acceptanceJustification()))) {
			// Editing other details of an accepted risk keeps the security officer's
			// acceptance.
			return new Acceptance(existing.acceptanceJustification(), existing.acceptedBy(), existing.acceptedByName(),
					existing.acceptedAt(), false);
		}
		String justification = RiskAcceptance.check(actor.role(), form.justification());
		return new Acceptance(justification, actor.userId(), actor.displayName(), now, true);
	}

	private static RiskStatus status(RiskForm form, @Nullable RiskRecord existing) {
		if (form.treatment() == Treatment.ACCEPT) {
			return RiskStatus.ACCEPTED;
		}
		RiskStatus status = form.status();
		if (status == null || status == RiskStatus.ACCEPTED) {
			status = (existing == null || existing.status() == RiskStatus.ACCEPTED) ? RiskStatus.OPEN
					: existing.status();
		}
		if (status == RiskStatus.PROPOSED && form.treatment() != null) {
			return RiskStatus.OPEN;
		}
		return status;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
