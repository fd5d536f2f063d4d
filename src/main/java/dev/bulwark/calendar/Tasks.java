package dev.bulwark.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.calendar.CalendarEvent.TaskAdded;
import dev.bulwark.calendar.CalendarEvent.TaskCompleted;
import dev.bulwark.calendar.CalendarEvent.TaskRescheduled;
import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Obligation;
import dev.bulwark.catalog.ObligationBasis;
import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance calendar's facade: what is open, overdue and coming up in a practice
 * (for the dashboard and other modules), and the commands of the calendar's own pages.
 * Proposed-rule items appear only while the practice is in NPRM-ready mode. Dates are the
 * practice's local dates.
 */
@Service
public class Tasks {

	/** A list page. */
	static final int PAGE_SIZE = 50;

	/** Where the security officer is named as owner. */
	static final String SECURITY_OFFICER = "Security officer";

	private static final Logger log = LoggerFactory.getLogger(Tasks.class);

	private final CalendarRepository repository;

	private final Practices practices;

	private final Accounts accounts;

	private final Catalog catalog;

	private final EvidenceStore evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Tasks(CalendarRepository repository, Practices practices, Accounts accounts, Catalog catalog,
			EvidenceStore evidence, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.practices = practices;
		this.accounts = accounts;
		this.catalog = catalog;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
	}

	// Queries for other modules

	/**
	 * Overdue open items per practice, over many practices in one query (the MSP
	 * portfolio); proposed-rule items count only in NPRM-ready mode. A practice without
	 * overdue items is absent.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Integer> overdueCounts(java.util.Collection<PracticeDetails> practices) {
		java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
		if (practices.isEmpty()) {
			return counts;
		}
		java.util.Map<UUID, PracticeDetails> byId = new java.util.HashMap<>();
		practices.forEach((p) -> byId.put(p.id(), p));
		java.time.Instant now = this.clock.instant();
		// The latest local date anywhere: east of every practice.
		LocalDate until = LocalDate.ofInstant(now, java.time.ZoneOffset.MAX);
		for (CalendarRepository.OpenDate item : this.repository.openDueBy(byId.keySet(), until)) {
			PracticeDetails practice = byId.get(item.practiceId());
			if ("PROPOSED".equals(item.basis()) && !practice.nprmMode()) {
				continue;
			}
			LocalDate today = LocalDate.ofInstant(now, practice.zone());
			boolean overdue = (item.dueAt() != null) ? now.isAfter(item.dueAt()) : today.isAfter(item.dueOn());
			if (overdue) {
				counts.merge(item.practiceId(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** Every open item whose date (or hour clock) has passed, oldest first. */
	@Transactional(readOnly = true)
	public List<TaskSummary> overdue(UUID practiceId) {
		PracticeDetails practice = this.practices.get(practiceId);
		LocalDate today = today(practice.zone());
		return summaries(practiceId, this.repository.openDueBy(practiceId, practice.nprmMode(), today), practice.zone())
			.stream()
			.filter(TaskSummary::overdue)
			.toList();
	}

	/**
	 * Open items not yet overdue and due within the given number of days, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<TaskSummary> upcoming(UUID practiceId, int days) {
		PracticeDetails practice = this.practices.get(practiceId);
		LocalDate today = today(practice.zone());
		return summaries(practiceId, this.repository.openDueBy(practiceId, practice.nprmMode(), today.plusDays(days)),
				practice.zone())
			.stream()
			.filter((task) -> !task.overdue())
			.toList();
	}

	/**
	 * Every open item due within the given number of days, overdue ones included, oldest
	 * first: one read for the dashboard ({@link TaskSummary#overdue()} tells them apart).
	 */
	@Transactional(readOnly = true)
	public List<TaskSummary> openWithin(UUID practiceId, int days) {
		PracticeDetails practice = this.practices.get(practiceId);
		LocalDate today = today(practice.zone());
		return summaries(practiceId, this.repository.openDueBy(practiceId, practice.nprmMode(), today.plusDays(days)),
				practice.zone());
	}

	// Queries for the calendar's pages

	List<TaskSummary> page(UUID practiceId, TaskFilter filter, int page) {
		PracticeDetails practice = this.practices.get(practiceId);
		return summaries(practiceId, this.repository.list(practiceId, practice.nprmMode(), filter,
				Paging.offset(page, PAGE_SIZE), PAGE_SIZE), practice.zone());
	}

	long count(UUID practiceId, TaskFilter filter) {
		return this.repository.count(practiceId, this.practices.get(practiceId).nprmMode(), filter);
	}

	/**
	 * One item, for someone who may read the calendar or owns the item; otherwise (and
	 * for a proposed-rule item outside NPRM-ready mode) not found.
	 */
	@Transactional(readOnly = true)
	public TaskSummary get(Actor actor, UUID id) {
		CalendarItem item = visible(actor, id);
		return summaries(actor.practiceId(), List.of(item), actor.zone()).get(0);
	}

	/** Every item ever recorded, for the calendar history of the audit binder. */
	List<TaskSummary> history(UUID practiceId) {
		return summaries(practiceId, this.repository.history(practiceId), this.practices.zone(practiceId));
	}

	/** The people a task may be given to. */
	List<Choice> possibleOwners(UUID practiceId) {
		return this.accounts.activeMembers(practiceId)
			.stream()
			.filter((m) -> m.role() != Role.AUDITOR)
			.map((m) -> new Choice(m.userId().toString(), m.displayName()))
			.toList();
	}

	LocalDate today(UUID practiceId) {
		return today(this.practices.zone(practiceId));
	}

	// Commands

	/** Adds a practice's own task. */
	@Transactional
	TaskSummary add(Actor actor, TaskForm form) {
		actor.require(Permission.CALENDAR_EDIT);
		checkOwner(actor.practiceId(), form.ownerUserId());
		Period every = form.repeats().period();
		CalendarItem item = CalendarItem.own(actor.practiceId(), UUID.randomUUID(), form.title(), form.description(),
				form.dueOn(), form.ownerUserId(), every, actor, this.clock.instant());
		this.repository.insert(item);
		this.events.publishEvent(new TaskAdded(actor.practiceId(), item.id(), item.title(), item.dueOn(),
				Repeat.describe(every).toLowerCase(java.util.Locale.ROOT)));
		return get(actor, item.id());
	}

	/**
	 * Completes a recurring or own task with an optional note and evidence files (stored
	 * in the evidence store, attached to the task), and opens the next occurrence of a
	 * repeating one. Editors complete any task, others only their own.
	 * @return the next occurrence, or the completed task if it does not repeat
	 */
	@Transactional
	TaskSummary complete(Actor actor, UUID id, CompleteForm form, List<EvidenceContent> files) {
		CalendarItem item = visible(actor, id);
		if (!item.completableBy(actor, actor.can(Permission.CALENDAR_EDIT))) {
			throw NotFoundException.of("Task", id);
		}
		Instant now = this.clock.instant();
		CalendarItem.Completion completion = item.complete(actor, now, LocalDate.ofInstant(now, actor.zone()),
				(form != null) ? form.note() : null, UUID.randomUUID());
		this.repository.update(completion.done());
		if (completion.next() != null) {
			this.repository.insert(completion.next());
		}
		int stored = 0;
		for (EvidenceContent file : files) {
			this.evidence.storeFor(actor, EvidenceOwner.of("task", id),
					EvidenceForm.titled((form != null) ? form.evidenceTitle() : null), file);
			stored++;
		}
		CalendarItem next = completion.next();
		this.events.publishEvent(
				new TaskCompleted(actor.practiceId(), id, item.title(), item.dueOn(), completion.done().completedOn(),
						stored, (next != null) ? next.id() : null, (next != null) ? next.dueOn() : null));
		return get(actor, (next != null) ? next.id() : id);
	}

	/** Adds a file to a task as evidence (its editors or its owner). */
	@Transactional
	void addEvidence(Actor actor, UUID id, String title, EvidenceContent file) {
		CalendarItem item = visible(actor, id);
		if (!item.completableBy(actor, actor.can(Permission.CALENDAR_EDIT))) {
			throw NotFoundException.of("Task", id);
		}
		this.evidence.storeFor(actor, EvidenceOwner.of("task", id), EvidenceForm.titled(title), file);
	}

	/** Gives an open recurring or own task a new date. */
	@Transactional
	TaskSummary reschedule(Actor actor, UUID id, RescheduleForm form) {
		actor.require(Permission.CALENDAR_EDIT);
		CalendarItem item = visible(actor, id);
		CalendarItem moved = item.rescheduled(form.dueOn());
		this.repository.update(moved);
		this.events
			.publishEvent(new TaskRescheduled(actor.practiceId(), id, item.title(), item.dueOn(), moved.dueOn()));
		return get(actor, id);
	}

	// Reactions (called by the listeners, each in its own transaction)

	/**
	 * Takes a source's snapshot: new keys open items, known keys update theirs, open
	 * items whose key is gone are closed as done by their source. Recurring obligations
	 * the source now fulfils item by item are superseded.
	 */
	@Transactional
	void receive(DueItemsReported report) {
		if (report.source() == null || CalendarItem.CATALOG.equals(report.source())
				|| CalendarItem.PRACTICE.equals(report.source())) {
			log.warn("Ignored a due-item report without a usable source name");
			return;
		}
		Instant now = this.clock.instant();
		Map<String, CalendarItem> open = new HashMap<>();
		for (CalendarItem item : this.repository.openOfSource(report.practiceId(), report.source())) {
			open.put(item.key(), item);
		}
		Set<String> reported = new HashSet<>();
		Set<String> obligations = new HashSet<>();
		for (DueItem due : report.items()) {
			if (due.key() == null || due.title() == null || due.dueOn() == null || due.basis() == null
					|| due.key().length() > 300 || !reported.add(due.key())) {
				log.warn("Ignored a due item of source {} without key, title, date or basis, or repeated",
						report.source());
				continue;
			}
			DueItem item = trimmed(due);
			if (item.obligationKey() != null) {
				obligations.add(item.obligationKey());
			}
			CalendarItem known = open.get(item.key());
			if (known == null) {
				this.repository
					.insert(CalendarItem.reported(report.practiceId(), UUID.randomUUID(), report.source(), item, now));
			}
			else if (known.differsFrom(item)) {
				this.repository.update(known.reportedAgain(item));
			}
		}
		for (CalendarItem gone : open.values()) {
			if (!reported.contains(gone.key())) {
				this.repository.update(closed(gone, TaskStatus.DONE_BY_SOURCE, now));
			}
		}
		for (CalendarItem generic : this.repository.openOfKind(report.practiceId(), TaskKind.RECURRING)) {
			if (obligations.contains(generic.obligationKey())) {
				this.repository.update(closed(generic, TaskStatus.SUPERSEDED, now));
			}
		}
	}

	/**
	 * Opens the first occurrence of every catalog obligation that has none open and that
	 * no module reports item by item. The breach log report (law, but only after a
	 * breach) is the incidents module's to report.
	 */
	@Transactional
	int generateRecurring(UUID practiceId, LocalDate today) {
		Set<String> tracked = new HashSet<>();
		this.repository.openOfKind(practiceId, TaskKind.RECURRING).forEach((item) -> tracked.add(item.key()));
		tracked.addAll(this.repository.obligationsReportedBySources(practiceId));
		Instant now = this.clock.instant();
		int added = 0;
		for (Obligation obligation : this.catalog.obligations()) {
			if (obligation.basis() == ObligationBasis.RULE || tracked.contains(obligation.key())) {
				continue;
			}
			Basis basis = (obligation.basis() == ObligationBasis.PROPOSED) ? Basis.PROPOSED : Basis.RECOMMENDED;
			String citation = obligation.citations().isEmpty() ? null : String.join(", ", obligation.citations());
			this.repository.insert(CalendarItem.recurring(practiceId, UUID.randomUUID(), obligation.key(),
					obligation.title(), obligation.description(), basis, citation, obligation.frequency(), today, now));
			added++;
		}
		return added;
	}

	// Helpers

	CalendarItem visible(Actor actor, UUID id) {
		CalendarItem item = this.repository.find(actor.practiceId(), id)
			.orElseThrow(() -> NotFoundException.of("Task", id));
		boolean reader = actor.can(Permission.CALENDAR_READ);
		boolean owner = actor.userId() != null && actor.userId().equals(item.ownerUserId());
		if (!reader && !owner) {
			throw NotFoundException.of("Task", id);
		}
		if (item.basis() == Basis.PROPOSED && !this.practices.get(actor.practiceId()).nprmMode()) {
			throw NotFoundException.of("Task", id);
		}
		return item;
	}

	List<TaskSummary> summaries(UUID practiceId, List<CalendarItem> items, ZoneId zone) {
		if (items.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = new HashMap<>();
		for (MemberSummary member : this.accounts.members(practiceId)) {
			names.put(member.userId(), member.displayName());
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<TaskSummary> summaries = new ArrayList<>(items.size());
		for (CalendarItem item : items) {
			String owner = (item.ownerUserId() == null) ? SECURITY_OFFICER
					: names.getOrDefault(item.ownerUserId(), "A former member");
			String link = (item.kind() == TaskKind.SOURCE && item.link() != null) ? item.link() : "/tasks/" + item.id();
			summaries.add(new TaskSummary(item.id(), item.kind(), item.source(), item.title(), item.description(),
					item.dueOn(), item.dueAt(), item.basis(), item.obligationKey(), item.citation(), item.ownerUserId(),
					owner, link, Repeat.describe(item.frequency()), item.status(), item.overdue(now, today),
					item.completedAt(), item.completedOn(), item.completedByName(), item.completionNote()));
		}
		return summaries;
	}

	private void checkOwner(UUID practiceId, UUID ownerUserId) {
		if (ownerUserId != null && this.accounts.member(practiceId, ownerUserId)
			.filter(MemberSummary::active)
			.filter((m) -> m.role() != Role.AUDITOR)
			.isEmpty()) {
			throw InvalidInputException.of("ownerUserId", "That person is not an active member of this practice.");
		}
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

	private static CalendarItem closed(CalendarItem item, TaskStatus status, Instant now) {
		return new CalendarItem(item.practiceId(), item.id(), item.kind(), item.source(), item.key(), item.title(),
				item.description(), item.dueOn(), item.dueAt(), item.basis(), item.obligationKey(), item.citation(),
				item.ownerUserId(), item.link(), item.frequency(), item.anchorOn(), item.occurrence(), status,
				item.createdAt(), item.createdBy(), item.completedAt(), item.completedOn(), item.completedBy(),
				item.completedByName(), item.completionNote(), now);
	}

	private static DueItem trimmed(DueItem item) {
		return new DueItem(item.key(), cut(item.title(), 500), item.dueOn(), item.dueAt(), item.basis(),
				cut(item.obligationKey(), 60), item.ownerUserId(),
				(item.link() != null && item.link().startsWith("/") && !item.link().startsWith("//"))
						? cut(item.link(), 500) : null,
				cut(item.citation(), 200));
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
