package dev.bulwark.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.calendar.CalendarEvent.RemindersSent;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.JobClaims;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail reminders, sent when a practice's day begins (once per practice and day
 * across nodes, after the day's recurring obligations are opened): before the due date,
 * on it, once overdue (escalated to the security officers when the task is someone
 * else's), and a Monday digest. The run is claimed first ({@link JobClaims}: one row per
 * practice, job and day with a unique key), so two nodes, or a redelivered tick, never
 * both send; every reminder sent is recorded at once, so a run taken over after a crash
 * sends nothing twice. Each person gets at most one reminder e-mail and one digest a day.
 * Proposed-rule items are left out unless the practice is in NPRM-ready mode; nothing is
 * sent while no mail server is configured.
 */
@Component
class Reminders {

	static final String BEFORE = "BEFORE";

	static final String DUE = "DUE";

	static final String OVERDUE = "OVERDUE";

	static final String ESCALATION = "ESCALATION";

	static final String DIGEST = "DIGEST";

	/** The job's name in {@code cal_job_claim}. */
	static final String JOB = "reminders";

	/** How far ahead the digest looks. */
	static final int DIGEST_DAYS = 14;

	private final CalendarRepository items;

	private final ReminderRepository repository;

	private final Tasks tasks;

	private final Practices practices;

	private final Accounts accounts;

	private final ReminderMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JobClaims claims;

	Reminders(CalendarRepository items, ReminderRepository repository, Tasks tasks, Practices practices,
			Accounts accounts, ReminderMailer mailer, ApplicationEventPublisher events, Clock clock, JobClaims claims) {
		this.claims = claims;
		this.items = items;
		this.repository = repository;
		this.tasks = tasks;
		this.practices = practices;
		this.accounts = accounts;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the day's reminders of one practice.
	 * @return the number of e-mails sent
	 */
	@Transactional
	int send(UUID practiceId, LocalDate today) {
		if (!this.mailer.configured() || !this.claims.claim(practiceId, JOB, today)) {
			return 0;
		}
		PracticeDetails practice = this.practices.get(practiceId);
		Instant now = this.clock.instant();
		Map<UUID, ReminderPreferences> preferences = this.repository.preferences(practiceId);
		List<MemberSummary> members = this.accounts.activeMembers(practiceId);
		List<MemberSummary> officers = members.stream().filter((m) -> m.role() == Role.SECURITY_OFFICER).toList();
		Map<UUID, MemberSummary> byId = new LinkedHashMap<>();
		members.forEach((m) -> byId.put(m.userId(), m));

		List<CalendarItem> open = this.items.openDueBy(practiceId, practice.nprmMode(), today.plusDays(60));
		Set<String> sent = this.repository.sent(practiceId, open.stream().map(CalendarItem::id).toList());
		Map<UUID, List<Line>> perPerson = new LinkedHashMap<>();
		for (CalendarItem item : open) {
			boolean overdue = item.overdue(now, today);
			List<MemberSummary> recipients = (item.ownerUserId() != null && byId.containsKey(item.ownerUserId()))
					? List.of(byId.get(item.ownerUserId())) : officers;
			for (MemberSummary person : recipients) {
				ReminderPreferences prefs = preferences.getOrDefault(person.userId(), ReminderPreferences.DEFAULTS);
				String kind = kind(item, prefs, today, overdue);
				if (kind != null && !sent.contains(ReminderRepository.key(item.id(), person.userId(), kind))) {
					perPerson.computeIfAbsent(person.userId(), (k) -> new ArrayList<>()).add(new Line(item, kind));
				}
			}
			boolean someoneElses = item.ownerUserId() != null
					&& officers.stream().noneMatch((o) -> o.userId().equals(item.ownerUserId()));
			if (overdue && someoneElses) {
				for (MemberSummary officer : officers) {
					if (!sent.contains(ReminderRepository.key(item.id(), officer.userId(), ESCALATION))) {
						perPerson.computeIfAbsent(officer.userId(), (k) -> new ArrayList<>())
							.add(new Line(item, ESCALATION));
					}
				}
			}
		}
		int messages = 0;
		for (Map.Entry<UUID, List<Line>> entry : perPerson.entrySet()) {
			MemberSummary person = byId.get(entry.getKey());
			List<TaskSummary> lines = this.tasks.summaries(practiceId,
					entry.getValue().stream().map(Line::item).toList(), practice.zone());
			if (this.mailer.sendReminders(person, practice.name(), lines,
					entry.getValue().stream().map(Line::kind).toList())) {
				messages++;
				// Recorded at once, in a transaction of its own: a run taken over after a
				// crash sends only what was not sent yet.
				this.claims.inOwnTransaction(() -> {
					for (Line line : entry.getValue()) {
						this.repository.recordSent(practiceId, line.item().id(), person.userId(), line.kind(), null,
								today, now);
					}
				});
			}
		}
		if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
			messages += digests(practice, members, preferences, today, now);
		}
		this.claims.finish(practiceId, JOB, today);
		if (messages > 0) {
			this.events.publishEvent(new RemindersSent(practiceId, today, messages));
		}
		return messages;
	}

	private int digests(PracticeDetails practice, List<MemberSummary> members,
			Map<UUID, ReminderPreferences> preferences, LocalDate today, Instant now) {
		List<CalendarItem> window = this.items.openDueBy(practice.id(), practice.nprmMode(),
				today.plusDays(DIGEST_DAYS));
		int messages = 0;
		for (MemberSummary person : members) {
			ReminderPreferences prefs = preferences.getOrDefault(person.userId(), ReminderPreferences.DEFAULTS);
			if (!prefs.weeklyDigest() || person.role() == Role.AUDITOR
					|| this.repository.digestSent(practice.id(), person.userId(), today)) {
				continue;
			}
			boolean everything = person.role() == Role.SECURITY_OFFICER;
			List<CalendarItem> theirs = window.stream()
				.filter((item) -> everything || person.userId().equals(item.ownerUserId()))
				.toList();
			if (theirs.isEmpty()) {
				continue;
			}
			if (this.mailer.sendDigest(person, practice.name(), today,
					this.tasks.summaries(practice.id(), theirs, practice.zone()))) {
				this.claims.inOwnTransaction(() -> this.repository.recordSent(practice.id(), null, person.userId(),
						DIGEST, today, today, now));
				messages++;
			}
		}
		return messages;
	}

	/** Which reminder an item calls for today, for a person with these preferences. */
	static String kind(CalendarItem item, ReminderPreferences prefs, LocalDate today, boolean overdue) {
		if (overdue) {
			return prefs.overdue() ? OVERDUE : null;
		}
		if (item.dueOn().equals(today)) {
			return prefs.onDueDate() ? DUE : null;
		}
		if (prefs.daysBefore() > 0 && item.dueOn().isAfter(today)
				&& !today.isBefore(item.dueOn().minusDays(prefs.daysBefore()))) {
			return BEFORE;
		}
		return null;
	}

	private record Line(CalendarItem item, String kind) {

	}

}
