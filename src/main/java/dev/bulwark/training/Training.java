package dev.bulwark.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security awareness training (164.308(a)(5)(i)): the modules that ship with Bulwark,
 * quiz attempts and completion records, assignments and the completion matrix.
 * <p>
 * Training covers the whole workforce, management included. The rule sets no interval:
 * Bulwark assigns every module when a person joins and again a year after each pass, and
 * labels both dates as recommendations.
 * <p>
 * Queries take the practice id first, commands the acting person. A record of another
 * practice, or another person's attempt read by someone who may not read everyone's
 * records, is not found, exactly like a missing one. Reads never write.
 */
@Service
public class Training {

	/** Records per page, on pages and in the API. */
	static final int PAGE_SIZE = 50;

	/** Roles whose members are the practice's workforce for training on joining. */
	static final Set<Role> WORKFORCE = Set.of(Role.SECURITY_OFFICER, Role.STAFF);

	private final TrainingCatalog catalog;

	private final TrainingRepository repository;

	private final Accounts accounts;

	private final Practices practices;

	private final TrainingDueDates dueDates;

	private final CertificatePdf certificates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Training(TrainingCatalog catalog, TrainingRepository repository, Accounts accounts, Practices practices,
			TrainingDueDates dueDates, CertificatePdf certificates, ApplicationEventPublisher events, Clock clock) {
		this.certificates = certificates;
		this.catalog = catalog;
		this.repository = repository;
		this.accounts = accounts;
		this.practices = practices;
		this.dueDates = dueDates;
		this.events = events;
		this.clock = clock;
	}

	// The modules

	/** Every module, in course order. */
	List<TrainingModule> modules() {
		return this.catalog.all();
	}

	/** Number of modules that ship with Bulwark. */
	public int moduleCount() {
		return this.catalog.all().size();
	}

	/**
	 * A module by its key.
	 * @throws NotFoundException if there is no such module
	 */
	TrainingModule module(String key) {
		return this.catalog.find(key).orElseThrow(() -> NotFoundException.of("Training module", key));
	}

	// Taking a module

	/**
	 * Scores the acting person's answers to a module's quiz and records the attempt. A
	 * pass is a completion record: it completes the person's open assignment of the
	 * module and assigns it again a year later (a recommendation). A fail changes no
	 * assignment; the person may retake the quiz at once.
	 * @throws InvalidInputException for each question unanswered or answered with a
	 * choice it does not have (nothing is recorded)
	 */
	@Transactional
	Attempt take(Actor actor, String moduleKey, QuizForm form) {
		TrainingModule module = module(moduleKey);
		Quiz.Result result = Quiz.score(module, form.answers());
		UUID practiceId = actor.practiceId();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, actor.zone());
		Attempt attempt = new Attempt(UUID.randomUUID(), actor.userId(), actor.displayName(), module.key(),
				module.title(), module.version(), result.correct(), result.total(), result.score(), module.passMark(),
				result.passed(), result.answers(), today, now);
		this.repository.insert(practiceId, attempt);
		this.events.publishEvent(new TrainingEvent.QuizTaken(practiceId, attempt.id(), actor.userId(),
				actor.displayName(), module.key(), module.title(), module.version(), result.score(), result.passed()));
		if (result.passed()) {
			for (Assignment open : this.repository.openAssignmentsOf(practiceId, actor.userId())) {
				if (open.moduleKey().equals(module.key())) {
					this.repository.complete(practiceId, open.id(), today, attempt.id());
				}
			}
			// The refresher shows in the person's tasks from 30 days before it is due.
			Assignment next = new Assignment(UUID.randomUUID(), actor.userId(), actor.displayName(), module.key(),
					Assignment.Reason.YEARLY, attempt.nextDueOn().minusDays(Assignment.DAYS_TO_COMPLETE),
					attempt.nextDueOn(), false, null, null);
			this.repository.insert(practiceId, next, null, now);
			this.dueDates.report(practiceId);
		}
		return attempt;
	}

	/**
	 * An attempt the acting person may read: their own, or anyone's for those who read
	 * the workforce's records.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	Attempt attempt(Actor actor, UUID attemptId) {
		return this.repository.attempt(actor.practiceId(), attemptId)
			.filter((attempt) -> attempt.userId().equals(actor.userId()) || actor.can(Permission.WORKFORCE_READ))
			.orElseThrow(() -> NotFoundException.of("Training record", attemptId));
	}

	/**
	 * The completion certificate of a passed attempt the acting person may read; the
	 * download is an audit entry.
	 * @throws NotFoundException for an attempt they may not read, or one not passed
	 */
	@Transactional
	byte[] certificate(Actor actor, UUID attemptId) {
		Attempt attempt = attempt(actor, attemptId);
		if (!attempt.passed()) {
			throw NotFoundException.of("Completion certificate", attemptId);
		}
		String practiceName = this.practices.get(actor.practiceId()).name();
		byte[] pdf = this.certificates.render(CertificatePdf.Certificate.of(practiceName, attempt, today(actor)));
		this.events.publishEvent(new TrainingEvent.CertificateDownloaded(actor.practiceId(), attempt.id(),
				attempt.personName(), attempt.moduleTitle()));
		return pdf;
	}

	/** A person's attempts, newest first. */
	@Transactional(readOnly = true)
	List<Attempt> attemptsOf(UUID practiceId, UUID userId) {
		return this.repository.attemptsOf(practiceId, userId);
	}

	/**
	 * Completion records, newest first, one page: everyone's for those who read the
	 * workforce's records, otherwise the acting person's own.
	 */
	@Transactional(readOnly = true)
	List<Attempt> records(Actor actor, int page) {
		return this.repository.completions(actor.practiceId(), recordsOf(actor), Paging.offset(page, PAGE_SIZE),
				PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long recordCount(Actor actor) {
		return this.repository.countCompletions(actor.practiceId(), recordsOf(actor));
	}

	private static UUID recordsOf(Actor actor) {
		return actor.can(Permission.WORKFORCE_READ) ? null : actor.userId();
	}

	/** Every completion record of the practice, newest first (for the binder). */
	@Transactional(readOnly = true)
	List<Attempt> allRecords(UUID practiceId) {
		return this.repository.allCompletions(practiceId);
	}

	// Assignments

	/**
	 * A person's open assignments, earliest due first, including yearly refreshers not
	 * yet shown as tasks.
	 */
	@Transactional(readOnly = true)
	List<Assignment> assignmentsOf(UUID practiceId, UUID userId) {
		return this.repository.openAssignmentsOf(practiceId, userId);
	}

	/**
	 * A person's training tasks on a date: open assignments already given (a yearly
	 * refresher is given 30 days before it is due), earliest due first.
	 */
	@Transactional(readOnly = true)
	List<Assignment> tasksOf(UUID practiceId, UUID userId, LocalDate today) {
		return this.repository.openAssignmentsOf(practiceId, userId)
			.stream()
			.filter((assignment) -> !assignment.assignedOn().isAfter(today))
			.toList();
	}

	/**
	 * Assigns modules as the security officer: to one person or the whole workforce, one
	 * module or all, skipping any module the person already has open.
	 * @return the assignments made (none if everyone already had them)
	 * @throws InvalidInputException for a person not in the practice, an unknown module
	 * or a due date before today
	 */
	@Transactional
	List<Assignment> assign(Actor actor, AssignForm form) {
		UUID practiceId = actor.practiceId();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), actor.zone());
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		List<MemberSummary> people;
		if (form.userId() != null) {
			Optional<MemberSummary> member = this.accounts.member(practiceId, form.userId())
				.filter(MemberSummary::active);
			problems.addIf(member.isEmpty(), "userId", "That person is not a member of this practice.");
			people = member.map(List::of).orElse(List.of());
		}
		else {
			people = workforce(practiceId);
		}
		problems.addIf(form.moduleKey() != null && this.catalog.find(form.moduleKey()).isEmpty(), "moduleKey",
				"That training module does not exist.");
		problems.addIf(form.dueOn() != null && form.dueOn().isBefore(today), "dueOn",
				"The due date cannot be in the past.");
		problems.throwIfAny();
		List<TrainingModule> modules = (form.moduleKey() != null) ? List.of(module(form.moduleKey())) : modules();
		LocalDate dueOn = (form.dueOn() != null) ? form.dueOn() : today.plusDays(Assignment.DAYS_TO_COMPLETE);
		List<Assignment> made = new ArrayList<>();
		for (MemberSummary person : people) {
			made.addAll(assignTo(practiceId, person.userId(), person.displayName(), modules, Assignment.Reason.ASSIGNED,
					today, dueOn, actor.userId()));
		}
		this.dueDates.report(practiceId);
		return made;
	}

	/**
	 * Assigns every module to a person who just joined the practice (security officers
	 * and staff: the workforce; auditors and MSP technicians are outsiders), due in
	 * {@value Assignment#DAYS_TO_COMPLETE} days (a recommendation).
	 */
	@Transactional
	public void assignOnJoining(UUID practiceId, UUID userId, String person, Role role) {
		if (!WORKFORCE.contains(role)) {
			return;
		}
		LocalDate today = this.practices.today(practiceId);
		assignTo(practiceId, userId, person, modules(), Assignment.Reason.JOINED, today,
				today.plusDays(Assignment.DAYS_TO_COMPLETE), null);
		this.dueDates.report(practiceId);
	}

	private List<Assignment> assignTo(UUID practiceId, UUID userId, String person, List<TrainingModule> modules,
			Assignment.Reason reason, LocalDate today, LocalDate dueOn, UUID assignedBy) {
		Set<String> open = new java.util.HashSet<>();
		this.repository.openAssignmentsOf(practiceId, userId).forEach((a) -> open.add(a.moduleKey()));
		List<Assignment> made = new ArrayList<>();
		Instant now = this.clock.instant();
		for (TrainingModule module : modules) {
			if (open.contains(module.key())) {
				continue;
			}
			Assignment assignment = new Assignment(UUID.randomUUID(), userId, person, module.key(), reason, today,
					dueOn, false, null, null);
			this.repository.insert(practiceId, assignment, assignedBy, now);
			made.add(assignment);
		}
		if (!made.isEmpty()) {
			this.events.publishEvent(
					new TrainingEvent.TrainingAssigned(practiceId, userId, person, made.size(), reason.label(), dueOn));
		}
		return made;
	}

	/**
	 * The daily tick: assignments whose due date has passed become overdue (each an audit
	 * entry), and the due items are reported again. Idempotent.
	 */
	@Transactional
	public void dayBegan(UUID practiceId, LocalDate today) {
		for (Assignment assignment : this.repository.openAssignments(practiceId)) {
			if (assignment.becomesOverdueOn(today)) {
				this.repository.markOverdue(practiceId, assignment.id());
				this.events
					.publishEvent(new TrainingEvent.TrainingOverdue(practiceId, assignment.id(), assignment.userId(),
							assignment.personName(), title(assignment.moduleKey()), assignment.dueOn()));
			}
		}
		this.dueDates.report(practiceId);
	}

	/** Every module's title by its key. */
	Map<String, String> titles() {
		Map<String, String> titles = new LinkedHashMap<>();
		modules().forEach((module) -> titles.put(module.key(), module.title()));
		return titles;
	}

	/** A module's title, or its key for a module no longer shipped. */
	String title(String moduleKey) {
		return this.catalog.find(moduleKey).map(TrainingModule::title).orElse(moduleKey);
	}

	// The matrix

	/**
	 * The workforce (active security officers and staff, and anyone else with an open
	 * assignment or a completion) by modules.
	 */
	@Transactional(readOnly = true)
	CompletionMatrix matrix(UUID practiceId) {
		List<Attempt> completions = this.repository.allCompletions(practiceId);
		List<Assignment> open = this.repository.openAssignments(practiceId);
		Map<UUID, MemberSummary> people = new LinkedHashMap<>();
		for (MemberSummary member : this.accounts.activeMembers(practiceId)) {
			boolean involved = WORKFORCE.contains(member.role())
					|| completions.stream().anyMatch((a) -> a.userId().equals(member.userId()))
					|| open.stream().anyMatch((a) -> a.userId().equals(member.userId()));
			if (involved) {
				people.put(member.userId(), member);
			}
		}
		List<CompletionMatrix.ModuleColumn> columns = modules().stream()
			.map((m) -> new CompletionMatrix.ModuleColumn(m.key(), m.title()))
			.toList();
		List<CompletionMatrix.Row> rows = new ArrayList<>();
		for (MemberSummary person : people.values()) {
			List<CompletionMatrix.Cell> cells = new ArrayList<>();
			for (TrainingModule module : modules()) {
				Optional<Attempt> last = completions.stream()
					.filter((a) -> a.userId().equals(person.userId()) && a.moduleKey().equals(module.key()))
					.findFirst();
				Optional<Assignment> due = open.stream()
					.filter((a) -> a.userId().equals(person.userId()) && a.moduleKey().equals(module.key()))
					.findFirst();
				CompletionMatrix.Status status = due.filter(Assignment::overdue).isPresent()
						? CompletionMatrix.Status.OVERDUE : last.isPresent() ? CompletionMatrix.Status.PASSED
								: due.isPresent() ? CompletionMatrix.Status.DUE : CompletionMatrix.Status.NOT_ASSIGNED;
				cells.add(new CompletionMatrix.Cell(module.key(), status, last.map(Attempt::takenOn).orElse(null),
						last.map(Attempt::score).orElse(null), due.map(Assignment::dueOn).orElse(null)));
			}
			rows.add(new CompletionMatrix.Row(person.userId(), person.displayName(), person.role().label(), cells));
		}
		rows.sort(Comparator.comparing(CompletionMatrix.Row::name, String.CASE_INSENSITIVE_ORDER));
		return new CompletionMatrix(columns, rows);
	}

	/**
	 * Active security officers and staff, by name: who the officer assigns to "everyone".
	 */
	@Transactional(readOnly = true)
	List<MemberSummary> workforce(UUID practiceId) {
		return this.accounts.activeMembers(practiceId)
			.stream()
			.filter((member) -> WORKFORCE.contains(member.role()))
			.sorted(Comparator.comparing(MemberSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The practice's date today. */
	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

}
