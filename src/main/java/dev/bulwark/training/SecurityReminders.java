package dev.bulwark.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.JobClaims;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security reminders (164.308(a)(5)(ii)(A), addressable): the security officer schedules
 * them; the daily tick sends each on its due day by e-mail, exactly once per due day, and
 * records to whom and whether the mail server accepted each message. Only this module's
 * controllers and its tick listener call it.
 */
@Service
class SecurityReminders {

	private final SecurityReminderRepository repository;

	private final SecurityReminderMailer mailer;

	private final Accounts accounts;

	private final Practices practices;

	private final ApplicationEventPublisher events;

	/** The claim of a practice's day of reminders (see {@link JobClaims}). */
	static final String JOB = "security-reminders";

	private final Clock clock;

	private final JobClaims claims;

	SecurityReminders(SecurityReminderRepository repository, SecurityReminderMailer mailer, Accounts accounts,
			Practices practices, ApplicationEventPublisher events, Clock clock, JobClaims claims) {
		this.repository = repository;
		this.mailer = mailer;
		this.accounts = accounts;
		this.practices = practices;
		this.events = events;
		this.clock = clock;
		this.claims = claims;
	}

	/**
	 * Schedules a reminder from tomorrow or later.
	 * @throws InvalidInputException for a first date today or earlier
	 */
	@Transactional
	SecurityReminder schedule(Actor actor, ReminderForm form) {
		Instant now = this.clock.instant();
		SecurityReminder reminder = SecurityReminder.schedule(UUID.randomUUID(), form,
				LocalDate.ofInstant(now, actor.zone()), now);
		this.repository.insert(actor.practiceId(), reminder, actor.userId());
		this.events.publishEvent(new TrainingEvent.ReminderScheduled(actor.practiceId(), reminder.id(),
				reminder.subject(), reminder.audience().label(), reminder.recurrence().label(), reminder.firstOn()));
		return reminder;
	}

	/**
	 * Stops a reminder: nothing more is sent.
	 * @throws StateConflictException if it has already ended
	 */
	@Transactional
	SecurityReminder stop(Actor actor, UUID id) {
		SecurityReminder stopped = reminder(actor.practiceId(), id)
			.stop(LocalDate.ofInstant(this.clock.instant(), actor.zone()));
		this.repository.updateSchedule(actor.practiceId(), stopped);
		this.events.publishEvent(new TrainingEvent.ReminderStopped(actor.practiceId(), id, stopped.subject()));
		return stopped;
	}

	@Transactional(readOnly = true)
	SecurityReminder reminder(UUID practiceId, UUID id) {
		return this.repository.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Security reminder", id));
	}

	/**
	 * The whole schedule: reminders still to be sent by next date, then ended ones (a
	 * practice has a handful; shown whole).
	 */
	@Transactional(readOnly = true)
	List<SecurityReminder> reminders(UUID practiceId) {
		return this.repository.all(practiceId);
	}

	/** The record of reminders sent, newest first, one page. */
	@Transactional(readOnly = true)
	List<ReminderSending> sendings(UUID practiceId, int page) {
		return this.repository.sendings(practiceId, Paging.offset(page, Training.PAGE_SIZE), Training.PAGE_SIZE);
	}

	/** Every sending, newest first (for the binder). */
	@Transactional(readOnly = true)
	List<ReminderSending> allSendings(UUID practiceId) {
		return this.repository.sendings(practiceId, 0, Integer.MAX_VALUE);
	}

	@Transactional(readOnly = true)
	long countSendings(UUID practiceId) {
		return this.repository.countSendings(practiceId);
	}

	boolean mailConfigured() {
		return this.mailer.configured();
	}

	/**
	 * The daily tick: sends every reminder due on or before the day (after downtime,
	 * once, on the day the tick comes) and moves it to its next date. A due day already
	 * recorded as sent is never sent again, so a repeated tick sends nothing.
	 * <p>
	 * The day is claimed first ({@link JobClaims}), and each sending is recorded in a
	 * transaction of its own as soon as its e-mails are out: the day's event is
	 * republished after a failure or a restart, on any node, and neither a second node
	 * nor a retry after this transaction rolled back may e-mail the people again.
	 */
	@Transactional
	void dayBegan(UUID practiceId, LocalDate today) {
		List<SecurityReminder> due = this.repository.dueBy(practiceId, today);
		if (due.isEmpty()) {
			return;
		}
		boolean claimed = this.claims.claim(practiceId, JOB, today);
		String practiceName = this.practices.get(practiceId).name();
		List<MemberSummary> members = this.accounts.activeMembers(practiceId);
		for (SecurityReminder reminder : due) {
			if (claimed && !this.repository.sent(practiceId, reminder.id(), reminder.nextOn())) {
				List<ReminderSending.Recipient> recipients = new ArrayList<>();
				for (MemberSummary person : members) {
					if (reminder.audience().includes(person.role())) {
						boolean delivered = this.mailer.send(person, practiceName, reminder);
						recipients.add(new ReminderSending.Recipient(person.userId(), person.displayName(), delivered));
					}
				}
				ReminderSending sending = new ReminderSending(UUID.randomUUID(), reminder.id(), reminder.nextOn(),
						this.clock.instant(), reminder.subject(), recipients);
				this.claims.inOwnTransaction(() -> {
					this.repository.insert(practiceId, sending);
					this.events.publishEvent(new TrainingEvent.ReminderSent(practiceId, reminder.id(), sending.id(),
							reminder.subject(), sending.dueOn(), recipients.size(), (int) sending.delivered()));
				});
			}
			// Moved on even when another run has the day: what was due is, or is being,
			// sent, and a due day recorded as sent is skipped whenever it comes again.
			if (claimed || this.repository.sent(practiceId, reminder.id(), reminder.nextOn())) {
				this.repository.updateSchedule(practiceId, reminder.sent(today));
			}
		}
		if (claimed) {
			this.claims.finish(practiceId, JOB, today);
		}
	}

}
