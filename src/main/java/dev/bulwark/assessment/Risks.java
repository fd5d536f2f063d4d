package dev.bulwark.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
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
 * Risks are proposed by weak answers ({@link Assessments}) or by the gaps other modules
 * report ({@link GapRisks}), or added by hand. Accepting a risk needs
 * {@link Permission#RISK_ACCEPT} and a written justification; who accepted it and when
 * are kept. Queries take the practice id, commands the acting person; reading the
 * register or a risk is recorded in the audit trail ({@link RiskEvent}). No other module
 * calls this facade yet, so its methods are package-private.
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

	/** Risks per page of the register, on the page and in the API. */
	static final int PAGE_SIZE = 100;

	/** One page of a register already read whole (its heat map needs every risk). */
	static List<RiskDetails> page(List<RiskDetails> risks, int page) {
		int from = Paging.offset(page, PAGE_SIZE);
		if (from >= risks.size()) {
			return List.of();
		}
		return risks.subList(from, Math.min(risks.size(), from + PAGE_SIZE));
	}

	/**
	 * The register: of the given assessment (as signed off, if it is), or by default the
	 * living register of the current assessment together with risks waiting for the next
	 * one. The read is audited.
	 */
	@Transactional
	RiskRegister register(UUID practiceId, RiskFilter filter) {
		RiskRegister register = unaudited(practiceId, filter);
		this.events.publishEvent(new RiskRegisterViewed(practiceId,
				(register.assessment() != null) ? register.assessment().id() : null, register.risks().size()));
		return register;
	}

	/**
	 * Records a view of the register shown from kept HTML ({@code KeptParts}) as
	 * {@link #register} records a read of it.
	 */
	@Transactional
	void registerViewed(UUID practiceId, @Nullable UUID assessmentId, int size) {
		this.events.publishEvent(new RiskRegisterViewed(practiceId, assessmentId, size));
	}

	/** One risk with its tasks. The read is audited. */
	@Transactional
	RiskDetails get(UUID practiceId, UUID id) {
		RiskDetails risk = details(practiceId, record(practiceId, id));
		this.events.publishEvent(new RiskViewed(practiceId, id));
		return risk;
	}

	/**
	 * The treatment plan of the current register (or of an assessment as signed off):
	 * current risks other than accepted ones, by level, with their tasks; overdue by the
	 * practice's date.
	 */
	TreatmentPlan treatmentPlan(UUID practiceId, @Nullable UUID assessmentId) {
		RiskRegister register = unaudited(practiceId, new RiskFilter(assessmentId, null, null, null, false));
		Map<RiskLevel, List<RiskDetails>> byLevel = new LinkedHashMap<>();
		List<RiskDetails> accepted = new ArrayList<>();
		for (RiskLevel level : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.LOW)) {
			List<RiskDetails> risks = register.risks()
				.stream()
				.filter((risk) -> risk.level() == level && risk.status() != RiskStatus.ACCEPTED)
				.sorted(Comparator.comparing(RiskDetails::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			if (!risks.isEmpty()) {
				byLevel.put(level, risks);
			}
		}
		register.risks().stream().filter((risk) -> risk.status() == RiskStatus.ACCEPTED).forEach(accepted::add);
		return new TreatmentPlan(register.assessment(), byLevel, accepted, today(practiceId));
	}

	/**
	 * Bound of a person's own task list: far above what one person owns in a practice, so
	 * that a list read in one query stays cheap.
	 */
	static final int OWN_TASKS_LIMIT = 500;

	/**
	 * The open tasks a person owns on the risks being treated (their own, and those
	 * without an owner of their own on risks they own), most valuable first by
	 * {@link TreatmentPriority}; at most {@link #OWN_TASKS_LIMIT}. Two queries whatever
	 * the number of tasks.
	 */
	List<TreatmentTask> openTasksOf(UUID practiceId, UUID userId) {
		List<RiskRepository.OwnTaskRow> rows = this.repository.openTasksOwnedBy(practiceId, userId, OWN_TASKS_LIMIT);
		if (rows.isEmpty()) {
			return List.of();
		}
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentRow current = this.assessments.findOpen(practiceId)
			.or(() -> this.assessments.list(practiceId).stream().findFirst())
			.orElse(null);
		RiskMatrix matrix = this.reader.matrix(practice, current);
		String name = this.reader.names(practiceId).apply(userId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), practice.zone());
		return rows.stream()
			.map((row) -> new TreatmentTask(row.task().id(), row.task().riskId(), row.riskTitle(),
					matrix.level(row.likelihood(), row.impact()), row.task().title(), userId, name,
					(row.task().dueDate() != null) ? row.task().dueDate() : row.riskDueDate(), null))
			.sorted(TreatmentPriority.order(today))
			.toList();
	}

	/** The matrix new or edited risks are rated on. */
	RiskMatrix matrixFor(UUID practiceId, @Nullable UUID riskId) {
		PracticeDetails practice = this.reader.practice(practiceId);
		if (riskId == null) {
			return RiskMatrix.fromSetting(practice.riskMatrix());
		}
		RiskRecord record = record(practiceId, riskId);
		return this.reader.matrix(practice, assessmentOf(practiceId, record));
	}

	/** One task of a risk, for its page. */
	TreatmentTask task(UUID practiceId, UUID riskId, UUID taskId) {
		return details(practiceId, record(practiceId, riskId)).tasks()
			.stream()
			.filter((task) -> task.id().equals(taskId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Task", taskId));
	}

	/** The practice's active members who can own risks and tasks (not auditors). */
	List<MemberSummary> possibleOwners(UUID practiceId) {
		return this.accounts.activeMembers(practiceId).stream().filter(Risks::canOwn).toList();
	}

	/** Today in the practice's time zone. */
	LocalDate today(UUID practiceId) {
		return LocalDate.ofInstant(this.clock.instant(), this.reader.practice(practiceId).zone());
	}

	// ================================================================== changing

	/** Adds a risk by hand, to the assessment under way or, without one, to the next. */
	@Transactional
	RiskDetails create(Actor actor, RiskForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
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
				null, null, null, form.title().trim(), AnswerForm.trimmed(form.vulnerability()),
				form.threatKeysOrEmpty(), AnswerForm.trimmed(form.threat()), AnswerForm.trimmed(form.assets()),
				AnswerForm.trimmed(form.existingControls()), List.of(), form.likelihood(), form.impact(),
				form.treatment(), form.ownerId(), form.dueDate(), status, form.residualLikelihood(),
				form.residualImpact(), acceptance.justification(), acceptance.by(), acceptance.byName(),
				acceptance.at(), true, now, now, List.of());
		this.repository.insert(practiceId, risk);
		this.repository.saveRationale(practiceId, risk.id(), AnswerForm.trimmed(form.ratingRationale()));
		this.events.publishEvent(new RiskAdded(practiceId, risk.id(), risk.title()));
		if (acceptance.at() != null) {
			this.events.publishEvent(new RiskAccepted(practiceId, risk.id()));
		}
		return details(practiceId, this.repository.find(practiceId, risk.id()).orElseThrow());
	}

	/**
	 * Updates a risk. Choosing a treatment confirms a proposed risk; choosing "accept"
	 * needs {@link Permission#RISK_ACCEPT} and a justification (see {@link #accept}).
	 */
	@Transactional
	RiskDetails update(Actor actor, UUID id, RiskForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		RiskRecord existing = record(practiceId, id);
		AssessmentRow assessment = assessmentOf(practiceId, existing);
		form.check(this.reader.matrix(this.reader.practice(practiceId), assessment));
		checkReferences(practiceId, form);
		Instant now = this.clock.instant();
		Acceptance acceptance = acceptance(actor, form, existing, now);
		RiskStatus status = status(form, existing);
		RiskRecord updated = new RiskRecord(existing.id(), existing.assessmentId(), existing.source(),
				existing.sourceKey(), existing.sourceLink(), existing.vulnerabilityKey(), form.title().trim(),
				AnswerForm.trimmed(form.vulnerability()), form.threatKeysOrEmpty(), AnswerForm.trimmed(form.threat()),
				AnswerForm.trimmed(form.assets()), AnswerForm.trimmed(form.existingControls()), existing.citations(),
				form.likelihood(), form.impact(), form.treatment(), form.ownerId(), form.dueDate(), status,
				form.residualLikelihood(), form.residualImpact(), acceptance.justification(), acceptance.by(),
				acceptance.byName(), acceptance.at(), true, existing.createdAt(), now, existing.questionKeys());
		this.repository.update(practiceId, updated);
		this.repository.saveRationale(practiceId, id, AnswerForm.trimmed(form.ratingRationale()));
		this.events.publishEvent(new RiskRated(practiceId, id, existing.status().name(), status.name(),
				(form.treatment() != null) ? form.treatment().name() : null));
		if (acceptance.fresh()) {
			this.events.publishEvent(new RiskAccepted(practiceId, id));
		}
		return details(practiceId, this.repository.find(practiceId, id).orElseThrow());
	}

	/**
	 * Confirms every proposed risk of the practice with its suggested rating and
	 * treatment (reduce it, unless one was already chosen), one owner and one due date:
	 * the first pass over the proposals in one step, to be refined risk by risk.
	 * @return how many risks were confirmed
	 */
	@Transactional
	int confirmProposed(Actor actor, ConfirmProposedForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		checkOwner(practiceId, form.ownerId(), "ownerId");
		List<RiskDetails> proposed = unaudited(practiceId, new RiskFilter(null, null, RiskStatus.PROPOSED, null, false))
			.risks()
			.stream()
			.filter((risk) -> risk.status() == RiskStatus.PROPOSED)
			.toList();
		if (proposed.isEmpty()) {
			throw InvalidInputException.ofForm("There are no proposed risks to confirm.");
		}
		for (RiskDetails risk : proposed) {
			RiskForm current = RiskForm.of(risk);
			Treatment treatment = (current.treatment() != null && current.treatment() != Treatment.ACCEPT)
					? current.treatment() : Treatment.MITIGATE;
			update(actor, risk.id(),
					new RiskForm(current.title(), current.threatKeys(), current.threat(), current.vulnerability(),
							current.assets(), current.existingControls(), current.likelihood(), current.impact(),
							treatment, form.ownerId(), form.dueDate(), RiskStatus.OPEN, current.residualLikelihood(),
							current.residualImpact(), null, current.ratingRationale()));
		}
		return proposed.size();
	}

	/**
	 * Accepts a risk: {@link Permission#RISK_ACCEPT} only, with a written justification;
	 * records who and when.
	 */
	@Transactional
	RiskDetails accept(Actor actor, UUID id, AcceptanceForm form) {
		UUID practiceId = actor.practiceId();
		RiskRecord existing = record(practiceId, id);
		String justification = RiskAcceptance.check(actor, form.justification());
		Instant now = this.clock.instant();
		RiskRecord accepted = new RiskRecord(existing.id(), existing.assessmentId(), existing.source(),
				existing.sourceKey(), existing.sourceLink(), existing.vulnerabilityKey(), existing.title(),
				existing.vulnerability(), existing.threatKeys(), existing.threat(), existing.assets(),
				existing.existingControls(), existing.citations(), existing.likelihood(), existing.impact(),
				Treatment.ACCEPT, existing.ownerId(), existing.dueDate(), RiskStatus.ACCEPTED,
				existing.residualLikelihood(), existing.residualImpact(), justification, actor.userId(),
				actor.displayName(), now, true, existing.createdAt(), now, existing.questionKeys());
		this.repository.update(practiceId, accepted);
		this.events.publishEvent(new RiskAccepted(practiceId, id));
		return details(practiceId, this.repository.find(practiceId, id).orElseThrow());
	}

	/** Adds a remediation task to a risk, after its other tasks. */
	@Transactional
	TreatmentTask addTask(Actor actor, UUID riskId, TaskForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		record(practiceId, riskId);
		checkOwner(practiceId, form.ownerId(), "ownerId");
		Instant now = this.clock.instant();
		TaskRecord task = new TaskRecord(UUID.randomUUID(), riskId, form.title().trim(), form.ownerId(), form.dueDate(),
				form.done() ? now : null, this.repository.nextTaskPosition(practiceId, riskId), now);
		this.repository.insertTask(practiceId, task);
		this.events.publishEvent(new TreatmentTaskAdded(practiceId, riskId, task.id()));
		return task(practiceId, riskId, task.id());
	}

	/** Changes a task: its title, owner, due date, or whether it is done. */
	@Transactional
	TreatmentTask updateTask(Actor actor, UUID riskId, UUID taskId, TaskForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		TaskRecord existing = this.repository.findTask(practiceId, riskId, taskId)
			.orElseThrow(() -> NotFoundException.of("Task", taskId));
		checkOwner(practiceId, form.ownerId(), "ownerId");
		Instant doneAt = form.done() ? ((existing.doneAt() != null) ? existing.doneAt() : this.clock.instant()) : null;
		this.repository.updateTask(practiceId, new TaskRecord(existing.id(), riskId, form.title().trim(),
				form.ownerId(), form.dueDate(), doneAt, existing.position(), existing.createdAt()));
		this.events.publishEvent(
				(form.done() && existing.doneAt() == null) ? new TreatmentTaskCompleted(practiceId, riskId, taskId)
						: new TreatmentTaskChanged(practiceId, riskId, taskId));
		return task(practiceId, riskId, taskId);
	}

	/**
	 * Marks a task done by its owner (the task's, or the risk's for a task without one):
	 * staff own tasks without editing the register. Whoever edits the register may mark
	 * any task done. Another person's task is not found, as for staff it does not exist;
	 * a task already done stays as it was.
	 */
	@Transactional
	TreatmentTask completeOwnTask(Actor actor, UUID riskId, UUID taskId) {
		actor.require(Permission.TASKS_COMPLETE_OWN);
		UUID practiceId = actor.practiceId();
		RiskRecord risk = record(practiceId, riskId);
		TaskRecord existing = this.repository.findTask(practiceId, riskId, taskId)
			.orElseThrow(() -> NotFoundException.of("Task", taskId));
		UUID owner = (existing.ownerId() != null) ? existing.ownerId() : risk.ownerId();
		if (!actor.userId().equals(owner) && !actor.can(Permission.ASSESSMENT_EDIT)) {
			throw NotFoundException.of("Task", taskId);
		}
		if (existing.doneAt() == null) {
			this.repository.updateTask(practiceId,
					new TaskRecord(existing.id(), riskId, existing.title(), existing.ownerId(), existing.dueDate(),
							this.clock.instant(), existing.position(), existing.createdAt()));
			this.events.publishEvent(new TreatmentTaskCompleted(practiceId, riskId, taskId));
		}
		return task(practiceId, riskId, taskId);
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

	private void checkReferences(UUID practiceId, RiskForm form) {
		checkOwner(practiceId, form.ownerId(), "ownerId");
		for (String key : form.threatKeysOrEmpty()) {
			if (this.catalog.threat(key).isEmpty()) {
				throw InvalidInputException.of("threatKeys", "Choose threats from the list.");
			}
		}
	}

	/**
	 * An owner must be an active member of this practice who can do the work. A member of
	 * another practice looks exactly like nobody at all.
	 */
	private void checkOwner(UUID practiceId, @Nullable UUID userId, String field) {
		if (userId == null) {
			return;
		}
		Optional<MemberSummary> member = this.accounts.member(practiceId, userId).filter(MemberSummary::active);
		if (member.isEmpty()) {
			throw InvalidInputException.of(field, "Choose someone from your practice.");
		}
		if (!canOwn(member.get())) {
			throw InvalidInputException.of(field, "Auditors only read; choose someone who can do the work.");
		}
	}

	private static boolean canOwn(MemberSummary member) {
		return member.role().can(Permission.TASKS_COMPLETE_OWN);
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
		String justification = RiskAcceptance.check(actor, form.justification());
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

}
