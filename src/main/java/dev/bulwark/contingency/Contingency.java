package dev.bulwark.contingency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.contingency.ContingencyEvent.BackupChanged;
import dev.bulwark.contingency.ContingencyEvent.BackupRecorded;
import dev.bulwark.contingency.ContingencyEvent.BackupRemoved;
import dev.bulwark.contingency.ContingencyEvent.CriticalityRemoved;
import dev.bulwark.contingency.ContingencyEvent.CriticalitySet;
import dev.bulwark.contingency.ContingencyEvent.ExerciseRecorded;
import dev.bulwark.contingency.ContingencyEvent.FollowUpCompleted;
import dev.bulwark.contingency.ContingencyEvent.PlanContentChanged;
import dev.bulwark.contingency.ContingencyEvent.RestoreTestRecorded;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.policies.DocumentDraft;
import dev.bulwark.policies.DocumentKind;
import dev.bulwark.policies.DocumentSummary;
import dev.bulwark.policies.Policies;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contingency planning (164.308(a)(7)): the backup register per system with its 3-2-1
 * check (RECOMMENDED) and the proposed rule's 48-hour age (PROPOSED), restore tests
 * (quarterly by default, RECOMMENDED), the criticality analysis with recovery objectives
 * and the proposed 72-hour restore target, emergency contacts and step lists, the
 * generated contingency plan (handed to the policies engine for versions, approval and
 * the PDF) and the record of plan tests and exercises.
 * <p>
 * Queries take the practice id; commands take the acting person, are transactional,
 * publish a {@link ContingencyEvent} (an audit entry) and report the open gaps and due
 * items again. Systems are the inventory's: an id of a system of another practice is an
 * {@link InvalidInputException} on {@code assetId}, worded as for one that does not
 * exist. The methods are package-private: only this module's controllers call them.
 */
@Service
public class Contingency {

	static final String PLAN_OWNER_KEY = "contingency:plan";

	static final List<String> PLAN_CITATIONS = List.of("164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)",
			"164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)", "164.310(a)(2)(i)");

	private final RegisterRepository registers;

	private final PlanRepository plans;

	private final Inventory inventory;

	private final Practices practices;

	private final Policies policies;

	private final ContingencyReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Contingency(RegisterRepository registers, PlanRepository plans, Inventory inventory, Practices practices,
			Policies policies, ContingencyReports reports, ApplicationEventPublisher events, Clock clock) {
		this.registers = registers;
		this.plans = plans;
		this.inventory = inventory;
		this.practices = practices;
		this.policies = policies;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	// Reading

	/**
	 * Where every relevant system stands, in restore order, as the last check left it:
	 * the backup ages and restore tests falling due are those of the instant the daily
	 * tick (or the last change) ran the checks, so a read never computes time-driven
	 * state. Before the first check, the present instant stands in.
	 */
	@Transactional(readOnly = true)
	List<SystemStatus> statuses(UUID practiceId) {
		return statuses(practiceId, zone(practiceId), checkedAt(practiceId));
	}

	/** The instant of the last check (the daily tick or the last change). */
	@Transactional(readOnly = true)
	Instant checkedAt(UUID practiceId) {
		return this.registers.checkedAt(practiceId).orElseGet(this.clock::instant);
	}

	private List<SystemStatus> statuses(UUID practiceId, ZoneId zone, Instant at) {
		Map<UUID, CriticalityDetails> ranks = this.registers.criticality(practiceId)
			.stream()
			.collect(Collectors.toMap(CriticalityDetails::assetId, Function.identity()));
		return ContingencyRules.statuses(this.inventory.systems(practiceId), this.registers.allBackups(practiceId),
				this.registers.newestRestoreTests(practiceId), ranks, at, zone);
	}

	/**
	 * The statuses of the systems in use that have a backup recorded, and how many
	 * systems hold ePHI: what the dashboard card shows, without the status of every
	 * system of a large inventory (a system without a backup has nothing else to check).
	 */
	@Transactional(readOnly = true)
	BackedUp backedUp(UUID practiceId) {
		List<BackupDetails> backups = this.registers.allBackups(practiceId);
		List<InventorySystem> systems = this.inventory.systems(practiceId,
				backups.stream().map(BackupDetails::assetId).collect(Collectors.toSet()));
		Map<UUID, CriticalityDetails> ranks = systems.isEmpty() ? Map.of()
				: this.registers.criticality(practiceId)
					.stream()
					.collect(Collectors.toMap(CriticalityDetails::assetId, Function.identity()));
		List<SystemStatus> statuses = systems.isEmpty() ? List.of() : ContingencyRules.statuses(systems, backups,
				this.registers.newestRestoreTests(practiceId), ranks, checkedAt(practiceId), zone(practiceId));
		return new BackedUp(this.inventory.ephiSystemCount(practiceId), statuses);
	}

	/**
	 * @param ephiSystems how many systems in use or spare store or access ePHI
	 * @param statuses the statuses of those in use or spare with a backup recorded
	 */
	record BackedUp(int ephiSystems, List<SystemStatus> statuses) {

	}

	/** Whether the practice opted into the proposed rule's expectations. */
	boolean nprm(UUID practiceId) {
		return this.practices.get(practiceId).nprmMode();
	}

	ZoneId zone(UUID practiceId) {
		return this.practices.zone(practiceId);
	}

	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	Instant now() {
		return this.clock.instant();
	}

	/** The systems of the inventory in use or spare, by name. */
	List<InventorySystem> systems(UUID practiceId) {
		return this.inventory.systems(practiceId);
	}

	/** The systems of the inventory as the options of a drop-down. */
	List<Choice> systemChoices(UUID practiceId) {
		return this.inventory.systems(practiceId)
			.stream()
			.map((system) -> Choice.of(system.id(), system.label() + (system.ephi() ? ", ePHI" : "")))
			.toList();
	}

	/** The system of an id given in a form or a query, checked to be of this practice. */
	InventorySystem system(UUID practiceId, UUID assetId) {
		if (assetId == null) {
			throw InvalidInputException.of("assetId", "Choose a system.");
		}
		return this.inventory.system(practiceId, assetId)
			.orElseThrow(() -> InvalidInputException.of("assetId", "That system does not exist in this practice."));
	}

	@Transactional(readOnly = true)
	List<BackupDetails> backups(UUID practiceId, int page) {
		return named(practiceId, this.registers.backups(practiceId, Paging.offset(page, RegisterRepository.PAGE_SIZE)));
	}

	@Transactional(readOnly = true)
	long countBackups(UUID practiceId) {
		return this.registers.countBackups(practiceId);
	}

	@Transactional(readOnly = true)
	BackupDetails backup(UUID practiceId, UUID id) {
		return this.registers.backup(practiceId, id)
			.map((backup) -> named(practiceId, List.of(backup)).get(0))
			.orElseThrow(() -> NotFoundException.of("Backup", id));
	}

	/** The whole register, for the plan and the binder. */
	@Transactional(readOnly = true)
	List<BackupDetails> allBackups(UUID practiceId) {
		return named(practiceId, this.registers.allBackups(practiceId));
	}

	@Transactional(readOnly = true)
	List<RestoreTestDetails> restoreTests(UUID practiceId, int page) {
		return namedTests(practiceId,
				this.registers.restoreTests(practiceId, Paging.offset(page, RegisterRepository.PAGE_SIZE)));
	}

	@Transactional(readOnly = true)
	long countRestoreTests(UUID practiceId) {
		return this.registers.countRestoreTests(practiceId);
	}

	@Transactional(readOnly = true)
	RestoreTestDetails restoreTest(UUID practiceId, UUID id) {
		return this.registers.restoreTest(practiceId, id)
			.map((test) -> namedTests(practiceId, List.of(test)).get(0))
			.orElseThrow(() -> NotFoundException.of("Restore test", id));
	}

	/**
	 * Restore tests since a day, oldest first, for the binder (a few per system a year).
	 */
	@Transactional(readOnly = true)
	List<RestoreTestDetails> restoreTestsSince(UUID practiceId, LocalDate from) {
		return namedTests(practiceId, this.registers.restoreTestsSince(practiceId, from));
	}

	// Backups

	@Transactional
	BackupDetails addBackup(Actor actor, BackupForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		InventorySystem system = system(practiceId, form.assetId());
		Instant now = this.clock.instant();
		BackupDetails backup = backupOf(UUID.randomUUID(), system, form, actor.zone(), now, now);
		this.registers.insertBackup(practiceId, backup, now);
		this.events.publishEvent(new BackupRecorded(practiceId, backup.id(), system.name(), backup.location().label(),
				backup.media().label()));
		report(practiceId);
		return backup(practiceId, backup.id());
	}

	@Transactional
	BackupDetails changeBackup(Actor actor, UUID id, BackupForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		BackupDetails before = backup(practiceId, id);
		InventorySystem system = system(practiceId, form.assetId());
		Instant now = this.clock.instant();
		BackupDetails backup = backupOf(id, system, form, actor.zone(), now, before.createdAt());
		this.registers.updateBackup(practiceId, backup, now);
		this.events.publishEvent(new BackupChanged(practiceId, id, system.name(),
				(backup.lastSucceededAt() != null) ? backup.lastSucceededAt().toString() : null));
		report(practiceId);
		return backup(practiceId, id);
	}

	@Transactional
	void removeBackup(Actor actor, UUID id) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		BackupDetails backup = backup(practiceId, id);
		this.registers.deleteBackup(practiceId, id);
		this.events.publishEvent(new BackupRemoved(practiceId, id, backup.systemName()));
		report(practiceId);
	}

	private static BackupDetails backupOf(UUID id, InventorySystem system, BackupForm form, ZoneId zone, Instant now,
			Instant createdAt) {
		Instant last = BackupRules.lastSucceeded(form.lastSucceededAt(), zone, now);
		return new BackupDetails(id, system.id(), system.name(), form.what(), form.frequency(), form.location(),
				form.media(), form.encrypted(), form.immutable(), form.retention(), last, form.notes(), createdAt);
	}

	// Restore tests

	@Transactional
	RestoreTestDetails recordRestoreTest(Actor actor, RestoreTestForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		InventorySystem system = null;
		try {
			system = system(practiceId, form.assetId());
		}
		catch (InvalidInputException ex) {
			problems.add("assetId", ex.errors().get("assetId"));
		}
		problems.addIf(form.performedOn().isAfter(today(actor)), "performedOn", "The test cannot be in the future.");
		problems.throwIfAny();
		String by = (form.performedBy() != null) ? form.performedBy() : actor.displayName();
		RestoreTestDetails test = new RestoreTestDetails(UUID.randomUUID(), system.id(), system.name(),
				form.performedOn(), form.what(), form.durationMinutes(), form.outcome(), by, form.notes());
		this.registers.insertRestoreTest(practiceId, test, actor.userId(), this.clock.instant());
		this.events.publishEvent(new RestoreTestRecorded(practiceId, test.id(), system.name(), test.performedOn(),
				(test.succeeded()) ? "succeeded" : "failed", test.durationMinutes()));
		report(practiceId);
		return test;
	}

	// Criticality

	@Transactional(readOnly = true)
	CriticalityDetails criticality(UUID practiceId, UUID assetId) {
		return this.registers.criticality(practiceId)
			.stream()
			.filter((c) -> c.assetId().equals(assetId))
			.findFirst()
			.orElse(null);
	}

	@Transactional
	CriticalityDetails setCriticality(Actor actor, UUID assetId, CriticalityForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		InventorySystem system = existingSystem(practiceId, assetId);
		CriticalityDetails details = new CriticalityDetails(assetId, form.priority(), form.rtoHours(), form.rpoHours(),
				form.testEveryMonths(), form.notes());
		this.registers.saveCriticality(practiceId, details, this.clock.instant());
		this.events.publishEvent(new CriticalitySet(practiceId, assetId, system.name(), details.priority(),
				details.rtoHours(), details.rpoHours()));
		report(practiceId);
		return details;
	}

	@Transactional
	void removeCriticality(Actor actor, UUID assetId) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		InventorySystem system = existingSystem(practiceId, assetId);
		if (this.registers.deleteCriticality(practiceId, assetId) > 0) {
			this.events.publishEvent(new CriticalityRemoved(practiceId, assetId, system.name()));
			report(practiceId);
		}
	}

	/** A system named in the path: another practice's is not found. */
	InventorySystem existingSystem(UUID practiceId, UUID assetId) {
		return this.inventory.system(practiceId, assetId).orElseThrow(() -> NotFoundException.of("System", assetId));
	}

	// The plan

	@Transactional(readOnly = true)
	List<ContactDetails> contacts(UUID practiceId) {
		return this.plans.contacts(practiceId);
	}

	@Transactional(readOnly = true)
	List<StepDetails> steps(UUID practiceId) {
		return this.plans.steps(practiceId);
	}

	@Transactional
	ContactDetails addContact(Actor actor, ContactForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		if (this.plans.countContacts(practiceId) >= PlanRepository.MAX_ITEMS) {
			throw StateConflictException
				.of("The plan already lists " + PlanRepository.MAX_ITEMS + " emergency contacts; remove one first.");
		}
		ContactDetails contact = new ContactDetails(UUID.randomUUID(), form.name(), form.responsibility(), form.phone(),
				form.email());
		this.plans.insertContact(practiceId, contact, this.clock.instant());
		this.events.publishEvent(new PlanContentChanged(practiceId, contact.id(), "emergency contact added"));
		return contact;
	}

	@Transactional
	void removeContact(Actor actor, UUID id) {
		actor.require(Permission.CONTINGENCY_EDIT);
		if (this.plans.deleteContact(actor.practiceId(), id) == 0) {
			throw NotFoundException.of("Emergency contact", id);
		}
		this.events.publishEvent(new PlanContentChanged(actor.practiceId(), id, "emergency contact removed"));
	}

	@Transactional
	StepDetails addStep(Actor actor, StepForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		if (this.plans.countSteps(practiceId) >= PlanRepository.MAX_ITEMS) {
			throw StateConflictException
				.of("The plans already have " + PlanRepository.MAX_ITEMS + " steps; remove one first.");
		}
		UUID id = UUID.randomUUID();
		this.plans.insertStep(practiceId, id, form.part(), form.text(), this.clock.instant());
		this.events.publishEvent(new PlanContentChanged(practiceId, id,
				"step added to the " + form.part().label().toLowerCase(java.util.Locale.ROOT)));
		return this.plans.steps(practiceId).stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	void removeStep(Actor actor, UUID id) {
		actor.require(Permission.CONTINGENCY_EDIT);
		if (this.plans.deleteStep(actor.practiceId(), id) == 0) {
			throw NotFoundException.of("Plan step", id);
		}
		this.events.publishEvent(new PlanContentChanged(actor.practiceId(), id, "step removed"));
	}

	/** The plan's document in the policies engine, if it was generated. */
	@Transactional(readOnly = true)
	java.util.Optional<DocumentSummary> planDocument(UUID practiceId) {
		return this.policies.documentFor(practiceId, DocumentKind.CONTINGENCY_PLAN, PLAN_OWNER_KEY);
	}

	/** The plan's text as it would be generated now. */
	@Transactional(readOnly = true)
	String planMarkdown(UUID practiceId) {
		PracticeDetails practice = this.practices.get(practiceId);
		return PlanWriter.markdown(practice.name(), statuses(practiceId, practice.zone(), checkedAt(practiceId)),
				allBackups(practiceId), this.plans.contacts(practiceId), this.plans.steps(practiceId),
				this.plans.exercises(practiceId, 0, PlanWriter.EXERCISES_SHOWN), practice.nprmMode(), practice.zone());
	}

	/**
	 * Writes the plan from the registers and hands it to the policies engine as a draft
	 * (versions, approval and the PDF are there). Needs {@code POLICIES_EDIT} too: the
	 * plan is a controlled document.
	 */
	@Transactional
	DocumentSummary generatePlan(Actor actor, String changeNote) {
		actor.require(Permission.CONTINGENCY_EDIT);
		actor.require(Permission.POLICIES_EDIT);
		return this.policies.draft(actor, new DocumentDraft(DocumentKind.CONTINGENCY_PLAN, PLAN_OWNER_KEY,
				"Contingency plan", PLAN_CITATIONS, planMarkdown(actor.practiceId()), changeNote));
	}

	// Exercises

	@Transactional(readOnly = true)
	List<ExerciseDetails> exercises(UUID practiceId, int page) {
		return this.plans.exercises(practiceId, Paging.offset(page, RegisterRepository.PAGE_SIZE),
				RegisterRepository.PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long countExercises(UUID practiceId) {
		return this.plans.countExercises(practiceId);
	}

	/** One exercise of the practice. */
	@Transactional(readOnly = true)
	ExerciseDetails exercise(UUID practiceId, UUID id) {
		return this.plans.exercise(practiceId, id).orElseThrow(() -> NotFoundException.of("Exercise", id));
	}

	/**
	 * The criticality analysis: the ranked systems in restore order, with the measured
	 * restore times against the objectives and the proposed rule's 72 hours.
	 */
	@Transactional(readOnly = true)
	List<CriticalityEntry> criticalityAnalysis(UUID practiceId) {
		return statuses(practiceId).stream().filter((s) -> s.criticality() != null).map(CriticalityEntry::of).toList();
	}

	@Transactional
	ExerciseDetails recordExercise(Actor actor, ExerciseForm form) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		LocalDate today = today(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(form.heldOn().isAfter(today), "heldOn", "The exercise cannot be in the future.");
		problems.addIf(form.followUp() != null && form.followUpDueOn() == null, "followUpDueOn",
				"Enter by when the follow-up actions are to be done.");
		problems.addIf(form.followUp() == null && form.followUpDueOn() != null, "followUp",
				"Say what is to be done by that day.");
		problems.addIf(form.followUpDueOn() != null && form.followUpDueOn().isBefore(form.heldOn()), "followUpDueOn",
				"The follow-up cannot be due before the exercise.");
		problems.throwIfAny();
		ExerciseDetails exercise = new ExerciseDetails(UUID.randomUUID(), form.heldOn(), form.kind(), form.scenario(),
				form.participants(), form.findings(), form.followUp(), form.followUpDueOn(), null);
		this.plans.insertExercise(practiceId, exercise, actor.userId(), this.clock.instant());
		this.events.publishEvent(new ExerciseRecorded(practiceId, exercise.id(), exercise.heldOn(),
				exercise.kind().label(), exercise.followUp() != null));
		report(practiceId);
		return exercise;
	}

	@Transactional
	ExerciseDetails completeFollowUp(Actor actor, UUID id) {
		actor.require(Permission.CONTINGENCY_EDIT);
		UUID practiceId = actor.practiceId();
		ExerciseDetails exercise = this.plans.exercise(practiceId, id)
			.orElseThrow(() -> NotFoundException.of("Exercise", id));
		if (!exercise.followUpOpen()) {
			throw StateConflictException.of((exercise.followUp() == null) ? "This exercise has no follow-up actions."
					: "The follow-up actions were already done.");
		}
		LocalDate today = today(actor);
		this.plans.completeFollowUp(practiceId, id, today);
		this.events.publishEvent(new FollowUpCompleted(practiceId, id, today));
		report(practiceId);
		return this.plans.exercise(practiceId, id).orElseThrow();
	}

	// Reports

	/**
	 * Runs the checks as of now and publishes the open gaps and due items of a practice
	 * (after every change, and on the daily tick): the one place where backups age and
	 * restore tests fall due.
	 */
	@Transactional
	void report(UUID practiceId) {
		PracticeDetails practice = this.practices.get(practiceId);
		Instant now = this.clock.instant();
		this.registers.saveCheckedAt(practiceId, now);
		this.reports.publish(practiceId, statuses(practiceId, practice.zone(), now), practice.nprmMode(),
				practice.zone(), this.plans.dueExercises(practiceId), LocalDate.ofInstant(now, practice.zone()));
	}

	// Names of systems

	private List<BackupDetails> named(UUID practiceId, List<BackupDetails> backups) {
		Map<UUID, String> names = names(practiceId);
		return backups.stream().map((b) -> b.withSystemName(names.getOrDefault(b.assetId(), GONE))).toList();
	}

	private List<RestoreTestDetails> namedTests(UUID practiceId, List<RestoreTestDetails> tests) {
		Map<UUID, String> names = names(practiceId);
		return tests.stream().map((t) -> t.withSystemName(names.getOrDefault(t.assetId(), GONE))).toList();
	}

	private Map<UUID, String> names(UUID practiceId) {
		return this.inventory.systems(practiceId)
			.stream()
			.collect(Collectors.toMap(InventorySystem::id, InventorySystem::name, (a, b) -> a));
	}

	/** The name shown for a system no longer in the inventory (disposed of). */
	static final String GONE = "(no longer in the inventory)";

	/** For the form: a stored instant as the practice's local date and time. */
	static LocalDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone) : null;
	}

}
