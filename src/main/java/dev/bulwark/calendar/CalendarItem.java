package dev.bulwark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.StateConflictException;

/**
 * One item of the compliance calendar, with its rules: who may complete it, when it is
 * overdue, and the next occurrence of a repeating task.
 */
record CalendarItem(UUID practiceId, UUID id, TaskKind kind, String source, String key, String title,
		String description, LocalDate dueOn, Instant dueAt, Basis basis, String obligationKey, String citation,
		UUID ownerUserId, String link, Period frequency, LocalDate anchorOn, int occurrence, TaskStatus status,
		Instant createdAt, UUID createdBy, Instant completedAt, LocalDate completedOn, UUID completedBy,
		String completedByName, String completionNote, Instant closedAt) {

	static final String CATALOG = "catalog";

	static final String PRACTICE = "practice";

	/** A task the practice adds itself. */
	static CalendarItem own(UUID practiceId, UUID id, String title, String description, LocalDate dueOn,
			UUID ownerUserId, Period frequency, Actor actor, Instant now) {
		return new CalendarItem(practiceId, id, TaskKind.OWN, PRACTICE, id.toString(), title, description, dueOn, null,
				Basis.RECOMMENDED, null, null, ownerUserId, null, frequency, (frequency != null) ? dueOn : null, 0,
				TaskStatus.OPEN, now, actor.userId(), null, null, null, null, null, null);
	}

	/** The first occurrence of a catalog obligation, owned by the security officer. */
	static CalendarItem recurring(UUID practiceId, UUID id, String obligationKey, String title, String description,
			Basis basis, String citation, Period frequency, LocalDate today, Instant now) {
		LocalDate first = Schedule.firstDue(today, frequency);
		return new CalendarItem(practiceId, id, TaskKind.RECURRING, CATALOG, obligationKey, title, description, first,
				null, basis, obligationKey, citation, null, null, frequency, first, 0, TaskStatus.OPEN, now, null, null,
				null, null, null, null, null);
	}

	/** An item another module reported. */
	static CalendarItem reported(UUID practiceId, UUID id, String source, DueItem item, Instant now) {
		return new CalendarItem(practiceId, id, TaskKind.SOURCE, source, item.key(), item.title(), null, item.dueOn(),
				item.dueAt(), item.basis(), item.obligationKey(), item.citation(), item.ownerUserId(), item.link(),
				null, null, 0, TaskStatus.OPEN, now, null, null, null, null, null, null, null);
	}

	/** This reported item as its source now reports it. */
	CalendarItem reportedAgain(DueItem item) {
		return new CalendarItem(this.practiceId, this.id, this.kind, this.source, this.key, item.title(),
				this.description, item.dueOn(), item.dueAt(), item.basis(), item.obligationKey(), item.citation(),
				item.ownerUserId(), item.link(), null, null, 0, this.status, this.createdAt, null, null, null, null,
				null, null, null);
	}

	/** Whether the source's report changes anything shown. */
	boolean differsFrom(DueItem item) {
		return !(Objects.equals(this.title, item.title()) && Objects.equals(this.dueOn, item.dueOn())
				&& Objects.equals(this.dueAt, item.dueAt()) && this.basis == item.basis()
				&& Objects.equals(this.obligationKey, item.obligationKey())
				&& Objects.equals(this.citation, item.citation())
				&& Objects.equals(this.ownerUserId, item.ownerUserId()) && Objects.equals(this.link, item.link()));
	}

	boolean open() {
		return this.status == TaskStatus.OPEN;
	}

	/**
	 * Overdue once its day has passed in the practice's calendar, or, for an hour clock,
	 * once its instant has passed.
	 */
	boolean overdue(Instant now, LocalDate today) {
		if (!open()) {
			return false;
		}
		return (this.dueAt != null) ? now.isAfter(this.dueAt) : today.isAfter(this.dueOn);
	}

	/** Whether the person may complete it: the calendar's editors, or its owner. */
	boolean completableBy(Actor actor, boolean editor) {
		return editor || (actor.userId() != null && actor.userId().equals(this.ownerUserId));
	}

	/**
	 * Completes a recurring or own task.
	 * @throws StateConflictException if it is done already or is done in another area
	 */
	Completion complete(Actor actor, Instant now, LocalDate today, String note, UUID nextId) {
		if (!this.kind.completedHere()) {
			throw StateConflictException
				.of("This task is done in its own area: open it there and record the work; the calendar follows.");
		}
		if (!open()) {
			throw StateConflictException.of("This task was already completed.");
		}
		CalendarItem done = new CalendarItem(this.practiceId, this.id, this.kind, this.source, this.key, this.title,
				this.description, this.dueOn, this.dueAt, this.basis, this.obligationKey, this.citation,
				this.ownerUserId, this.link, this.frequency, this.anchorOn, this.occurrence, TaskStatus.DONE,
				this.createdAt, this.createdBy, now, today, actor.userId(), actor.displayName(), note, null);
		CalendarItem next = null;
		if (this.frequency != null) {
			int n = Schedule.nextOccurrence(this.anchorOn, this.frequency, this.occurrence, today);
			LocalDate nextDue = Schedule.occurrence(this.anchorOn, this.frequency, n);
			next = new CalendarItem(this.practiceId, nextId, this.kind, this.source, this.key, this.title,
					this.description, nextDue, null, this.basis, this.obligationKey, this.citation, this.ownerUserId,
					this.link, this.frequency, this.anchorOn, n, TaskStatus.OPEN, now, actor.userId(), null, null, null,
					null, null, null);
		}
		return new Completion(done, next);
	}

	/** A new due date for an open task; a repeating one starts its schedule there. */
	CalendarItem rescheduled(LocalDate dueOn) {
		if (!open()) {
			throw StateConflictException.of("Only an open task can be given a new date.");
		}
		if (!this.kind.completedHere()) {
			throw StateConflictException.of("This task's date is set in its own area.");
		}
		return new CalendarItem(this.practiceId, this.id, this.kind, this.source, this.key, this.title,
				this.description, dueOn, null, this.basis, this.obligationKey, this.citation, this.ownerUserId,
				this.link, this.frequency, (this.frequency != null) ? dueOn : null, 0, this.status, this.createdAt,
				this.createdBy, null, null, null, null, null, null);
	}

	/** The completed task and the next occurrence, if it repeats. */
	record Completion(CalendarItem done, CalendarItem next) {

	}

}
