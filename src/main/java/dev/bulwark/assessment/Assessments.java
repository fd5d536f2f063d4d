package dev.bulwark.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practice's security risk assessments (164.308(a)(1)(ii)(A)): starting one (fresh or
 * from last year's), the practice profile, answering and assigning questions, the
 * addressable-specification decisions, the draft, review and sign-off lifecycle, the
 * comparison of two assessments, and the PDF report.
 * <p>
 * Queries take the practice id, commands the acting person ({@link Actor}). Every method
 * works inside one practice: ids from another practice are reported as not found. Changes
 * are checked against the permission table (staff answer only the questions assigned to
 * them, auditors change nothing, only whoever may sign off decides, assigns and signs)
 * and against the assessment's state (a signed-off assessment refuses every change with
 * {@link StateConflictException}). Every change, and every read of the answers or the
 * report, publishes an {@link AssessmentEvent}, which is also its audit entry.
 * <p>
 * No other module calls this facade yet, so its methods are package-private; make one
 * public when another module needs it. Weak answers keep the risk register in step: see
 * {@link Risks} for the register itself.
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

	private final StandingQueries standings;

	private final RecordsSnapshots records;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	Assessments(AssessmentRepository repository, RiskRepository risks, AssessmentReader reader, Catalog catalog,
			Accounts accounts, ReportRenderer renderer, InventorySnapshots inventorySnapshots,
			ApplicationEventPublisher events, Clock clock, StandingQueries standings, RecordsSnapshots records,
			PlatformTransactionManager transactions) {
		this.standings = standings;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.records = records;
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

	/**
	 * Where the risk analysis of each practice stands, with its open critical and high
	 * risks: one query per measure over all the practices (the MSP portfolio). Levels
	 * follow each practice's risk matrix.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, RiskAnalysisStanding> standings(java.util.Collection<PracticeDetails> practices) {
		Map<UUID, RiskAnalysisStanding> result = new java.util.HashMap<>();
		if (practices.isEmpty()) {
			return result;
		}
		Map<UUID, PracticeDetails> byId = new java.util.HashMap<>();
		practices.forEach((p) -> byId.put(p.id(), p));
		Map<UUID, StandingQueries.Signed> signed = this.standings.latestSignedOff(byId.keySet());
		Map<UUID, int[]> levels = new java.util.HashMap<>();
		for (StandingQueries.RatingCount count : this.standings.openRatings(byId.keySet())) {
			RiskLevel level = RiskMatrix.fromSetting(byId.get(count.practiceId()).riskMatrix())
				.level(count.likelihood(), count.impact());
			int[] tally = levels.computeIfAbsent(count.practiceId(), (id) -> new int[2]);
			if (level == RiskLevel.CRITICAL) {
				tally[0] += count.count();
			}
			else if (level == RiskLevel.HIGH) {
				tally[1] += count.count();
			}
		}
		Instant now = this.clock.instant();
		for (PracticeDetails practice : practices) {
			StandingQueries.Signed latest = signed.get(practice.id());
			int[] tally = levels.getOrDefault(practice.id(), new int[2]);
			if (latest == null) {
				result.put(practice.id(), new RiskAnalysisStanding(practice.id(), RiskAnalysisStanding.NONE, null, null,
						tally[0], tally[1]));
				continue;
			}
			LocalDate signedOn = LocalDate.ofInstant(latest.signedOffAt(), practice.zone());
			LocalDate due = (latest.nextReview() != null) ? latest.nextReview() : signedOn.plusMonths(12);
			boolean overdue = LocalDate.ofInstant(now, practice.zone()).isAfter(due);
			result.put(practice.id(),
					new RiskAnalysisStanding(practice.id(),
							overdue ? RiskAnalysisStanding.OVERDUE : RiskAnalysisStanding.CURRENT, signedOn, due,
							tally[0], tally[1]));
		}
		return result;
	}

	/** The practice's assessments, newest first. */
	List<AssessmentSummary> list(UUID practiceId) {
		return this.repository.list(practiceId).stream().map((row) -> this.reader.summary(practiceId, row)).toList();
	}

	/** The assessment under way (draft or in review), if any. */
	Optional<AssessmentSummary> open(UUID practiceId) {
		return this.repository.findOpen(practiceId).map((row) -> this.reader.summary(practiceId, row));
	}

	/** The assessment under way, or else the latest one. */
	Optional<AssessmentSummary> current(UUID practiceId) {
		return currentRow(practiceId).map((row) -> this.reader.summary(practiceId, row));
	}

	/**
	 * Where the practice stands according to its assessment under way, or else its latest
	 * one: a score per safeguard area and overall (formula on {@link AssessmentPosture})
	 * and its current risks. Empty before the first assessment. Public for the dashboard.
	 */
	@Transactional(readOnly = true)
	public Optional<AssessmentPosture> posture(UUID practiceId) {
		return currentRow(practiceId).map((row) -> {
			PracticeDetails practice = this.reader.practice(practiceId);
			AssessmentReader.Names names = this.reader.names(practiceId);
			List<AnswerView> answers = this.reader.answers(practiceId, practice, row, names);
			List<RiskDetails> register = this.reader.register(practiceId, practice, row, answers, names);
			return AssessmentPosture.of(row, this.catalog.sections(), answers, register,
					java.time.LocalDate.ofInstant(this.clock.instant(), practice.zone()));
		});
	}

	/** One assessment with its profile, progress, answers and decisions. */
	AssessmentDetails details(UUID practiceId, UUID id) {
		return details(practiceId, this.reader.row(practiceId, id));
	}

	/**
	 * Like {@link #details}, for the API: the read is recorded in the audit trail, since
	 * the answers show the practice's weaknesses.
	 */
	@Transactional
	AssessmentDetails read(UUID practiceId, UUID id) {
		AssessmentDetails details = details(practiceId, id);
		this.events.publishEvent(new AssessmentViewed(practiceId, id));
		return details;
	}

	/** The questions assigned to a member in an assessment, in questionnaire order. */
	List<AnswerView> assignedTo(UUID practiceId, UUID id, UUID userId) {
		return details(practiceId, id).answers()
			.stream()
			.filter((answer) -> userId.equals(answer.assigneeId()))
			.toList();
	}

	/**
	 * Where a person left off: the next unanswered question after the last one they
	 * answered, or else the first unanswered question. Empty when everything is answered.
	 * @param assignedOnly whether to look only at the questions assigned to them (staff)
	 */
	Optional<AnswerView> resumeAt(UUID practiceId, UUID id, UUID userId, boolean assignedOnly) {
		List<AnswerView> answers = details(practiceId, id).answers();
		List<AnswerView> mine = assignedOnly ? answers.stream().filter((a) -> userId.equals(a.assigneeId())).toList()
				: answers;
		Optional<AnswerView> last = this.repository.answers(practiceId, id)
			.values()
			.stream()
			.filter((row) -> userId.equals(row.answeredBy()) && row.answeredAt() != null)
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

	/**
	 * The open tasks of the assessment's current risks, as the options of a drop-down
	 * ("not yet in place" decisions name one).
	 */
	List<dev.bulwark.shared.Choice> taskChoices(UUID practiceId, UUID id) {
		return currentTasks(practiceId, this.reader.row(practiceId, id)).stream()
			.map((task) -> new dev.bulwark.shared.Choice(task.id().toString(),
					task.riskTitle() + ": " + task.title()
							+ ((task.dueDate() != null) ? " (due " + task.dueDate() + ")" : "")))
			.toList();
	}

	/** The most useful next step for an assessment, if any is left. */
	Optional<NextStep> nextStep(UUID practiceId, UUID id) {
		AssessmentRow row = this.reader.row(practiceId, id);
		AssessmentDetails details = details(practiceId, row);
		long proposed = proposedCount(practiceId, row, details);
		return Optional.ofNullable(NextStep.of(details, details.profile().size(), proposed, this.clock.instant()));
	}

	/**
	 * A count, not the register: building every risk with its tasks only to count the
	 * proposed ones made this the dashboard's slowest part. A signed-off analysis counts
	 * from its frozen register.
	 */
	private long proposedCount(UUID practiceId, AssessmentRow row, AssessmentDetails details) {
		if (row.status() != AssessmentStatus.SIGNED_OFF || row.registerSnapshot() == null) {
			return this.risks.countProposed(practiceId, row.id());
		}
		return this.reader
			.register(practiceId, this.reader.practice(practiceId), row, details.answers(),
					this.reader.names(practiceId))
			.stream()
			.filter((risk) -> risk.status() == RiskStatus.PROPOSED)
			.count();
	}

	/**
	 * Two assessments side by side, the older first whatever the order of the ids. The
	 * read is audited.
	 */
	@Transactional
	Comparison compare(UUID practiceId, UUID oneId, UUID otherId) {
		AssessmentRow one = this.reader.row(practiceId, oneId);
		AssessmentRow other = this.reader.row(practiceId, otherId);
		if (one.id().equals(other.id())) {
			throw InvalidInputException.of("with", "Choose a different assessment to compare with.");
		}
		AssessmentRow older = one.createdAt().isAfter(other.createdAt()) ? other : one;
		AssessmentRow newer = (older == one) ? other : one;
		Comparison comparison = AssessmentComparison.compare(side(practiceId, older), side(practiceId, newer));
		this.events.publishEvent(new AssessmentsCompared(practiceId, newer.id(), older.id()));
		return comparison;
	}

	/**
	 * The assessment's PDF report. Its download is recorded in the audit trail.
	 * <p>
	 * Not one transaction: the data is read in a read-only transaction, the PDF is laid
	 * out after it has ended (rendering takes long and may wait for a turn, and must not
	 * hold a database connection meanwhile), and the download is then recorded in a short
	 * transaction of its own. A render refused as busy records nothing.
	 * @throws dev.bulwark.shared.BusyException when too many documents are being rendered
	 */
	byte[] report(UUID practiceId, UUID id) {
		ReportModel model = this.readOnly.execute((status) -> reportModel(practiceId, id));
		byte[] pdf = this.renderer.render(model);
		this.writing.executeWithoutResult((status) -> this.events
			.publishEvent(new ReportDownloaded(practiceId, id, model.assessment().status().label())));
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
	AssessmentSummary start(Actor actor, NewAssessmentForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		if (this.repository.findOpen(practiceId).isPresent()) {
			throw StateConflictException
				.of("An assessment is already under way. Finish it and sign it off before starting another.");
		}
		AssessmentRow previous = null;
		if (form.carryOver()) {
			previous = this.repository.list(practiceId)
				.stream()
				.filter((row) -> row.status() == AssessmentStatus.SIGNED_OFF)
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("carryOver",
						"There is no signed-off assessment to start from yet."));
		}
		PracticeDetails practice = this.reader.practice(practiceId);
		Instant now = this.clock.instant();
		String title = (AnswerForm.trimmed(form.title()) != null) ? form.title().trim()
				: "Risk assessment " + LocalDate.ofInstant(now, actor.zone()).getYear();
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
								decision.decidedAt(), decision.decidedBy(), true, decision.plannedTaskId()));
			}
		}
		int adopted = this.risks.adopt(practiceId, row.id(), now);
		if (previous != null) {
			reconcile(practiceId, row, practice);
		}
		this.events.publishEvent(
				new AssessmentStarted(practiceId, row.id(), title, (previous != null) ? previous.id() : null, adopted));
		return this.reader.summary(practiceId, row);
	}

	/** Saves the practice profile, which decides the questions that do not apply. */
	@Transactional
	void saveProfile(Actor actor, UUID id, ProfileForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		Map<String, String> values = Questionnaire.normalizeProfile(this.catalog.profileFields(), form.values());
		this.repository.replaceProfile(practiceId, id, values);
		RiskProposals.Plan plan = reconcile(practiceId, row, this.reader.practice(practiceId));
		this.repository.touch(practiceId, id, this.clock.instant());
		this.events.publishEvent(
				new ProfileSaved(practiceId, id, values.size(), this.catalog.profileFields().size(), describe(plan)));
	}

	/**
	 * Answers one question. Weak answers propose the linked risks; a better answer
	 * withdraws proposals nobody has touched.
	 * @throws AccessDeniedException if the person may not answer this question
	 * @throws StateConflictException if the assessment is signed off
	 */
	@Transactional
	AnswerView answer(Actor actor, UUID id, String questionKey, AnswerForm form) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		Question question = askedQuestion(practice, row, questionKey);
		// Every answer row is read once: the one being saved, then all of them for the
		// risk proposals and the answer returned (a hot path: one statement each).
		Map<String, AnswerRow> rows = new java.util.LinkedHashMap<>(this.repository.answers(practiceId, id));
		AnswerRow stored = rows.get(questionKey);
		AnswerRow existing = (stored != null) ? stored : AnswerRow.empty(questionKey);
		boolean technical = Permissions.technical(question);
		boolean assigned = actor.userId().equals(existing.assigneeId());
		if (!AssessmentLifecycle.mayAnswer(AssessmentStatus.DRAFT, actor::can, technical, assigned)) {
			throw new AccessDeniedException("You can answer only the questions assigned to you.");
		}
		AssessmentLifecycle.requireOpen(row.status());
		if (!AssessmentLifecycle.mayAnswer(row.status(), actor::can, technical, assigned)) {
			throw new AccessDeniedException(
					"The assessment is in review; ask the security officer if an answer needs to change.");
		}
		form.check();
		if (form.blank() && existing.answer() == null && !existing.flagged() && existing.notes() == null
				&& existing.evidence() == null && existing.notApplicableReason() == null) {
			// Nothing chosen, nothing typed, nothing to clear: never report a save that
			// did not happen.
			throw InvalidInputException.of("answer", "Choose an answer first: nothing was saved.");
		}
		Map<String, String> storedProfile = this.repository.profile(practiceId, id);
		Map<String, Object> profile = Questionnaire.typedProfile(this.catalog.profileFields(), storedProfile);
		if (question.notApplicableReason(profile).isPresent() && form.answer() != null) {
			throw InvalidInputException.of("answer",
					"Your practice profile says this question does not apply, so it needs no answer.");
		}
		Instant now = this.clock.instant();
		AnswerRow saved = existing.answered(form, now, actor.userId(), actor.role().label());
		this.repository.saveAnswer(practiceId, id, saved, stored != null);
		rows.put(questionKey, saved);
		List<AnswerView> answers = this.reader.views(practice, row, profile, rows, this.reader.names(practiceId));
		RiskProposals.Plan plan = reconcile(practiceId, row, answers);
		this.repository.touch(practiceId, id, now);
		this.events.publishEvent(new AnswerSaved(practiceId, id, questionKey,
				(form.answer() != null) ? form.answer().name() : null, form.flagged(), describe(plan)));
		return answers.stream().filter((answer) -> answer.questionKey().equals(questionKey)).findFirst().orElseThrow();
	}

	/**
	 * Assigns one question, or every question of a section, to a member (or removes the
	 * assignment). Whoever may sign off assigns.
	 * @return how many questions were assigned
	 */
	@Transactional
	int assign(Actor actor, UUID id, AssignmentForm form) {
		actor.require(Permission.ASSESSMENT_SIGN_OFF);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		PracticeDetails practice = this.reader.practice(practiceId);
		if (form.assigneeId() != null) {
			// A member of another practice looks exactly like nobody at all.
			MemberSummary member = this.accounts.member(practiceId, form.assigneeId())
				.filter(MemberSummary::active)
				.orElseThrow(() -> InvalidInputException.of("assigneeId", "Choose someone from your practice."));
			if (!member.role().can(Permission.ASSESSMENT_ANSWER_ASSIGNED)) {
				throw InvalidInputException.of("assigneeId",
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
				.orElseThrow(() -> InvalidInputException.of("section", "Choose a section."));
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
		this.events.publishEvent(new QuestionsAssigned(practiceId, id, keys.size(), form.assigneeId()));
		return keys.size();
	}

	/**
	 * Records the decision on an addressable specification. Whoever may sign off decides.
	 */
	@Transactional
	void decide(Actor actor, UUID id, String citation, DecisionForm form) {
		actor.require(Permission.ASSESSMENT_SIGN_OFF);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		Requirement specification = addressable(citation);
		AssessmentLifecycle.requireOpen(row.status());
		form.check();
		UUID plannedTask = null;
		if (form.outcome() == DecisionOutcome.PLANNED) {
			plannedTask = currentTaskIds(practiceId, row).stream()
				.filter((taskId) -> taskId.equals(form.plannedTaskId()))
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("plannedTaskId",
						"Choose the treatment-plan task that puts it in place."));
		}
		saveDecision(actor, id, specification, decisionRow(specification, form, plannedTask, actor));
		this.repository.touch(practiceId, id, this.clock.instant());
	}

	/**
	 * Records the decisions of the page that shows them all, in one transaction: every
	 * row is checked first, and if any is wrong nothing is saved (the problems are on
	 * {@code rows[i].field}). A row without a choice stays as it is; a row whose choice
	 * and text are those already recorded is not recorded again (its date and author
	 * stay). Whoever may sign off decides.
	 * @return how many decisions were recorded
	 */
	@Transactional
	int decideAll(Actor actor, UUID id, DecisionsForm form) {
		actor.require(Permission.ASSESSMENT_SIGN_OFF);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		Map<String, AssessmentRepository.DecisionRow> stored = this.repository.decisions(practiceId, id);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Set<UUID> taskIds = null;
		List<Map.Entry<Requirement, AssessmentRepository.DecisionRow>> changed = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			DecisionsForm.Row submitted = form.rows().get(i);
			String prefix = "rows[" + i + "].";
			if (submitted.outcome() == null) {
				continue;
			}
			Requirement specification = this.catalog
				.requirement((submitted.citation() != null) ? submitted.citation() : "")
				.filter(Requirement::addressableSpecification)
				.orElse(null);
			if (specification == null || !seen.add(specification.citation())) {
				problems.add(prefix + "outcome", "This row is not one of the assessment's addressable specifications "
						+ "(or is there twice). Reload the page and decide again.");
				continue;
			}
			DecisionForm decision = submitted.decision();
			decision.check(problems, prefix);
			UUID plannedTask = null;
			if (decision.outcome() == DecisionOutcome.PLANNED && decision.plannedTaskId() != null) {
				if (taskIds == null) {
					taskIds = new java.util.HashSet<>(currentTaskIds(practiceId, row));
				}
				if (taskIds.contains(decision.plannedTaskId())) {
					plannedTask = decision.plannedTaskId();
				}
				else {
					problems.add(prefix + "plannedTaskId", "Choose the treatment-plan task that puts it in place.");
				}
			}
			AssessmentRepository.DecisionRow next = decisionRow(specification, decision, plannedTask, actor);
			if (!sameDecision(stored.get(specification.citation()), next)) {
				changed.add(Map.entry(specification, next));
			}
		}
		problems.throwIfAny();
		changed.forEach((entry) -> saveDecision(actor, id, entry.getKey(), entry.getValue()));
		if (!changed.isEmpty()) {
			this.repository.touch(practiceId, id, this.clock.instant());
		}
		return changed.size();
	}

	/**
	 * The ids of the current risks' treatment tasks: those a "planned" decision may name.
	 */
	private List<UUID> currentTaskIds(UUID practiceId, AssessmentRow row) {
		return currentTasks(practiceId, row).stream().map(TreatmentTask::id).toList();
	}

	/** The treatment tasks of the assessment's current risks, in register order. */
	private List<TreatmentTask> currentTasks(UUID practiceId, AssessmentRow row) {
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentReader.Names names = this.reader.names(practiceId);
		return this.reader
			.register(practiceId, practice, row, this.reader.answers(practiceId, practice, row, names), names)
			.stream()
			.filter(RiskDetails::current)
			.flatMap((risk) -> risk.tasks().stream())
			.toList();
	}

	/** What is stored for a checked decision: only the text its outcome uses. */
	private AssessmentRepository.DecisionRow decisionRow(Requirement specification, DecisionForm form,
			@Nullable UUID plannedTask, Actor actor) {
		boolean notReasonable = form.outcome() == DecisionOutcome.NOT_REASONABLE;
		String alternative = (form.outcome() == DecisionOutcome.IMPLEMENTED
				|| (notReasonable && !form.alternativeImplemented())) ? null : AnswerForm.trimmed(form.alternative());
		return new AssessmentRepository.DecisionRow(specification.citation(), form.outcome(), alternative,
				notReasonable ? AnswerForm.trimmed(form.reason()) : null,
				notReasonable && form.alternativeImplemented(), this.clock.instant(), actor.userId(), false,
				(form.outcome() == DecisionOutcome.PLANNED) ? plannedTask : null);
	}

	private static boolean sameDecision(AssessmentRepository.@Nullable DecisionRow before,
			AssessmentRepository.DecisionRow next) {
		return before != null && before.outcome() == next.outcome()
				&& java.util.Objects.equals(before.alternative(), next.alternative())
				&& java.util.Objects.equals(before.reason(), next.reason())
				&& before.alternativeImplemented() == next.alternativeImplemented()
				&& java.util.Objects.equals(before.plannedTaskId(), next.plannedTaskId());
	}

	private void saveDecision(Actor actor, UUID id, Requirement specification,
			AssessmentRepository.DecisionRow decision) {
		this.repository.saveDecision(actor.practiceId(), id, decision);
		this.events.publishEvent(new AddressableDecisionRecorded(actor.practiceId(), id, specification.citation(),
				specification.title(), decision.outcome().name()));
	}

	/** Hands a draft to the security officer for review. */
	@Transactional
	void submit(Actor actor, UUID id) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentStatus next = AssessmentLifecycle.submit(row.status());
		Instant now = this.clock.instant();
		this.repository.updateStatus(practiceId, id, next, now, actor.userId(), now);
		this.events.publishEvent(new AssessmentSubmitted(practiceId, id));
	}

	/** Sends an assessment in review back to draft. Whoever may sign off does this. */
	@Transactional
	void reopen(Actor actor, UUID id) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentStatus next = AssessmentLifecycle.reopen(row.status(), actor::can);
		this.repository.updateStatus(practiceId, id, next, null, null, this.clock.instant());
		this.events.publishEvent(new AssessmentReopened(practiceId, id));
	}

	/**
	 * The security officer's sign-off: records their name, the practice's date and the
	 * attestation, keeps the risk register as it stands, and freezes the assessment.
	 */
	@Transactional
	AssessmentSummary signOff(Actor actor, UUID id, SignOffForm form) {
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentDetails details = details(practiceId, row);
		AssessmentLifecycle.signOff(row.status(), actor::can, form, actor.displayName(), details.unanswered(),
				details.openDecisions());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, actor.zone());
		// The name is the signed-in account's; the typed name only confirms it.
		String name = actor.displayName();
		String attestation = AssessmentLifecycle.attestation(name, practice.name(), today);
		List<RiskDetails> before = this.reader.register(practiceId, practice, row, details.answers(),
				this.reader.names(practiceId));
		List<String> remedied = new ArrayList<>();
		for (RiskDetails risk : AssessmentLifecycle.remediedBySignOff(before, this.catalog::curedBySignOff)) {
			this.risks.setStatus(practiceId, risk.id(), RiskStatus.CLOSED, now);
			this.events.publishEvent(new RiskRated(practiceId, risk.id(), risk.status().name(),
					RiskStatus.CLOSED.name(), (risk.treatment() != null) ? risk.treatment().name() : null));
			remedied.add(risk.title());
		}
		this.repository.saveRemedied(practiceId, id, remedied);
		List<RiskDetails> register = this.reader.register(practiceId, practice, row, details.answers(),
				this.reader.names(practiceId));
		this.repository.signOff(practiceId, id, now, actor.userId(), name, attestation,
				this.catalog.version().version(), practice.nprmMode(), practice.riskMatrix(),
				this.reader.snapshot(register));
		this.inventorySnapshots.freeze(practiceId, id, now);
		LocalDate[] period = incidentPeriod(this.repository.scope(practiceId, id), now, practice);
		this.records.freeze(practiceId, id, now, period[0], period[1]);
		this.events.publishEvent(new AssessmentSignedOff(practiceId, id, name, today, details.summary().answered(),
				details.summary().asked(), register.stream().filter(RiskDetails::current).count()));
		return this.reader.summary(practiceId, this.reader.row(practiceId, id));
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
		Map<UUID, TreatmentTask> tasks = new java.util.HashMap<>();
		register.forEach((risk) -> risk.tasks().forEach((task) -> tasks.put(task.id(), task)));
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
							related, null, null, null, false, null, null, false, null, null)
					: new DecisionView(specification.citation(), specification.title(), specification.summary(),
							related, decision.outcome(), decision.alternative(), decision.reason(),
							decision.alternativeImplemented(), decision.decidedAt(),
							(decision.decidedBy() != null) ? names.apply(decision.decidedBy()) : null,
							decision.carriedOver(), decision.plannedTaskId(),
							plannedTask(tasks.get(decision.plannedTaskId()), decision.plannedTaskId())));
		}
		return new AssessmentDetails(this.reader.summary(row, practice, answers, register), row.attestation(),
				this.repository.profile(practiceId, row.id()), Questionnaire.progress(this.catalog.sections(), answers),
				answers, decisions);
	}

	private static @Nullable String plannedTask(@Nullable TreatmentTask task, @Nullable UUID id) {
		if (id == null) {
			return null;
		}
		if (task == null) {
			return "A task that is no longer in the treatment plan";
		}
		return task.title() + ((task.dueDate() != null) ? " (due " + task.dueDate() + ")" : "")
				+ (task.done() ? ", done" : "");
	}

	ReportModel reportModel(UUID practiceId, UUID id) {
		AssessmentRow row = this.reader.row(practiceId, id);
		PracticeDetails practice = this.reader.practice(practiceId);
		AssessmentDetails details = details(practiceId, row);
		List<RiskDetails> register = this.reader.register(practiceId, practice, row, details.answers(),
				this.reader.names(practiceId));
		return ReportModel.of(practice.name(), details, register, this.catalog, this.clock.instant(), practice.zone(),
				this.inventorySnapshots.forReport(practiceId, id, row.status() == AssessmentStatus.SIGNED_OFF),
				scope(practiceId, row, details, practice));
	}

	/** What the report says about the analysis itself: scope, people, period, history. */
	ReportScope scope(UUID practiceId, AssessmentRow row, AssessmentDetails details, PracticeDetails practice) {
		AssessmentRepository.ScopeRow stored = this.repository.scope(practiceId, row.id());
		List<ReportScope.Participant> participants = new ArrayList<>();
		if (row.signedOffName() != null) {
			participants.add(new ReportScope.Participant(row.signedOffName(), "Security official",
					"Directed the analysis and signed it off"));
		}
		for (String line : ScopeForm.lines(stored.participants())) {
			int dash = line.indexOf(" - ");
			int emDash = line.indexOf(" — ");
			int at = (emDash >= 0) ? emDash : dash;
			participants
				.add((at > 0)
						? new ReportScope.Participant(line.substring(0, at).strip(), line.substring(at + 3).strip(),
								"Named by the practice")
						: new ReportScope.Participant(line, "–", "Named by the practice"));
		}
		Map<String, Long> answeredBy = details.answers()
			.stream()
			.filter((a) -> a.answer() != null && a.answeredByName() != null)
			.collect(java.util.stream.Collectors.groupingBy(AnswerView::answeredByName, java.util.LinkedHashMap::new,
					java.util.stream.Collectors.counting()));
		Map<String, String> roles = new java.util.HashMap<>();
		details.answers()
			.stream()
			.filter((a) -> a.answer() != null && a.answeredByName() != null && a.answeredByRole() != null)
			.forEach((a) -> roles.putIfAbsent(a.answeredByName(), a.answeredByRole()));
		answeredBy.forEach((name,
				count) -> participants.add(new ReportScope.Participant(name,
						roles.getOrDefault(name, "Member of the practice's Bulwark team"),
						"Answered " + ReportModel.count(count, "question", "questions"))));
		List<ReportScope.EarlierAnalysis> earlier = this.repository.list(practiceId)
			.stream()
			.filter((other) -> !other.id().equals(row.id()) && other.createdAt().isBefore(row.createdAt()))
			.map((other) -> new ReportScope.EarlierAnalysis(other.title(), other.status().label(),
					ReportModel.date(other.createdAt(), practice.zone()),
					(other.signedOffAt() != null) ? ReportModel.date(other.signedOffAt(), practice.zone()) : null,
					other.signedOffName()))
			.toList();
		Map<String, String> profile = details.profile();
		// The incidents of the period covered; without a recorded period, the year before
		// the sign-off (or today).
		LocalDate[] period = incidentPeriod(stored,
				(row.signedOffAt() != null) ? row.signedOffAt() : this.clock.instant(), practice);
		LocalDate start = period[0];
		LocalDate end = period[1];
		RecordsSnapshots.Records records = this.records.forReport(practiceId, row.id(),
				row.status() == AssessmentStatus.SIGNED_OFF, start, end);
		return new ReportScope(stored.locations(), stored.periodStart(), stored.periodEnd(), stored.outOfScope(),
				participants, stored.incidents(), stored.nextReview(), earlier, "MSP".equals(profile.get("it_support")),
				"true".equals(profile.get("paper_records")), this.repository.remedied(practiceId, row.id()), start, end,
				records.incidents(), records.associates());
	}

	/**
	 * The period whose incidents the report lists: the one recorded, else the year before
	 * the sign-off (or today). Returns {@code [from, to]}.
	 */
	private static LocalDate[] incidentPeriod(AssessmentRepository.ScopeRow stored, Instant signedOffOrNow,
			PracticeDetails practice) {
		LocalDate end = (stored.periodEnd() != null) ? stored.periodEnd()
				: LocalDate.ofInstant(signedOffOrNow, practice.zone());
		LocalDate start = (stored.periodStart() != null) ? stored.periodStart() : end.minusYears(1).plusDays(1);
		return new LocalDate[] { start, end };
	}

	/**
	 * The scope of the analysis as the report prints it: locations, period, what is out
	 * of scope, participants, incidents in the period and the next review.
	 */
	@Transactional
	void saveScope(Actor actor, UUID id, ScopeForm form) {
		actor.require(Permission.ASSESSMENT_EDIT);
		UUID practiceId = actor.practiceId();
		AssessmentRow row = lock(practiceId, id);
		AssessmentLifecycle.requireOpen(row.status());
		form.check();
		this.repository.saveScope(practiceId, id, form.row(), this.clock.instant());
		this.events.publishEvent(new ScopeSaved(practiceId, id));
	}

	/** The stored scope of an assessment, as its form. */
	ScopeForm scopeForm(UUID practiceId, UUID id) {
		this.reader.row(practiceId, id);
		return ScopeForm.of(this.repository.scope(practiceId, id));
	}

	AssessmentComparison.Side side(UUID practiceId, AssessmentRow row) {
		AssessmentDetails details = details(practiceId, row);
		PracticeDetails practice = this.reader.practice(practiceId);
		return new AssessmentComparison.Side(details.summary(), details.answers(),
				this.reader.register(practiceId, practice, row, details.answers(), this.reader.names(practiceId)));
	}

	private RiskProposals.Plan reconcile(UUID practiceId, AssessmentRow row, PracticeDetails practice) {
		return reconcile(practiceId, row,
				this.reader.answers(practiceId, practice, row, this.reader.names(practiceId)));
	}

	private RiskProposals.Plan reconcile(UUID practiceId, AssessmentRow row, List<AnswerView> answers) {
		RiskProposals.Plan plan = RiskProposals.plan(this.catalog, answers,
				this.risks.byAssessment(practiceId, row.id()));
		Instant now = this.clock.instant();
		plan.create().forEach((key, questions) -> this.catalog.vulnerability(key).ifPresent((vulnerability) -> {
			RiskRecord risk = new RiskRecord(UUID.randomUUID(), row.id(), RiskSource.QUESTIONNAIRE, null, null,
					vulnerability.key(), vulnerability.title(), vulnerability.description(), vulnerability.threats(),
					null, null, RiskProposals.existingControls(this.catalog, vulnerability, answers),
					vulnerability.citations(), RiskRating.of(vulnerability.defaultLikelihood()),
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
		this.risks.insertTasks(practiceId, TaskRecord.fromControls(riskId, vulnerability.controls(), now));
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

}
