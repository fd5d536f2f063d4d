package dev.bulwark.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import dev.bulwark.calendar.CalendarEvent.FeedCreated;
import dev.bulwark.calendar.CalendarEvent.FeedRevoked;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Permission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private iCalendar feed (RFC 5545), to subscribe from Outlook, Google or
 * Apple calendars: the open items the person would see in Bulwark (everything for
 * calendar readers, one's own tasks otherwise) from a year back to a year ahead. The
 * address carries a random secret; only its SHA-256 is stored, so the address is shown
 * once, can be replaced and revoked, and stops working when the person leaves the
 * practice.
 */
@Service
class CalendarFeed {

	/** The address of a feed; {practiceId} and {secret} are filled in. */
	static final String PATH = "/calendar/feed/{practiceId}/{secret}.ics";

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final FeedRepository repository;

	private final CalendarRepository items;

	private final Tasks tasks;

	private final Practices practices;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String publicUrl;

	CalendarFeed(FeedRepository repository, CalendarRepository items, Tasks tasks, Practices practices,
			Accounts accounts, ApplicationEventPublisher events, Clock clock,
			@Value("${bulwark.security.public-url:}") String publicUrl) {
		this.repository = repository;
		this.items = items;
		this.tasks = tasks;
		this.practices = practices;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Transactional(readOnly = true)
	boolean exists(Actor actor) {
		return this.repository.exists(actor.practiceId(), actor.userId());
	}

	/**
	 * Creates (or replaces) the person's feed.
	 * @return the path of the new address, with its secret: shown once
	 */
	@Transactional
	String create(Actor actor) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		boolean replaced = this.repository.replace(actor.practiceId(), actor.userId(), hash(secret),
				this.clock.instant());
		this.events.publishEvent(new FeedCreated(actor.practiceId(), actor.userId(), replaced));
		return PATH.replace("{practiceId}", actor.practiceId().toString()).replace("{secret}", secret);
	}

	@Transactional
	void revoke(Actor actor) {
		if (this.repository.revoke(actor.practiceId(), actor.userId()) > 0) {
			this.events.publishEvent(new FeedRevoked(actor.practiceId(), actor.userId()));
		}
	}

	/**
	 * The feed behind an address, or empty for an unknown, revoked or malformed secret,
	 * or a person no longer active in the practice.
	 */
	@Transactional(readOnly = true)
	Optional<String> render(UUID practiceId, String secret) {
		if (secret == null || !SECRET.matcher(secret).matches()) {
			return Optional.empty();
		}
		Optional<MemberSummary> member = this.repository.owner(practiceId, hash(secret))
			.flatMap((userId) -> this.accounts.member(practiceId, userId))
			.filter(MemberSummary::active);
		if (member.isEmpty()) {
			return Optional.empty();
		}
		PracticeDetails practice = this.practices.get(practiceId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), practice.zone());
		boolean everything = member.get().role() != null && member.get().role().can(Permission.CALENDAR_READ);
		UUID userId = member.get().userId();
		List<CalendarItem> open = this.items.openDueBy(practiceId, practice.nprmMode(), today.plusYears(1))
			.stream()
			.filter((item) -> !item.dueOn().isBefore(today.minusYears(1)))
			.filter((item) -> everything || userId.equals(item.ownerUserId()))
			.toList();
		return Optional.of(write(practice, this.tasks.summaries(practiceId, open, practice.zone())));
	}

	private String write(PracticeDetails practice, List<TaskSummary> tasks) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Bulwark//Compliance calendar//EN");
		calendar.setName(practice.name() + " compliance calendar");
		for (TaskSummary task : tasks) {
			VEvent event = new VEvent();
			event.setUid(task.id() + "@bulwark");
			event.setSummary(task.title() + " [" + task.basisLabel() + "]");
			if (task.dueAt() != null) {
				event.setDateStart(Date.from(task.dueAt()), true);
			}
			else {
				event.setDateStart(allDay(task.dueOn()), false);
				event.setDateEnd(allDay(task.dueOn().plusDays(1)), false);
			}
			StringBuilder description = new StringBuilder(task.basisLabel());
			if (task.citation() != null) {
				description.append(", 45 CFR ").append(task.citation());
			}
			description.append(". Owner: ").append(task.ownerName()).append('.');
			if (task.overdue()) {
				description.append(" Overdue.");
			}
			event.setDescription(description.toString());
			if (!this.publicUrl.isEmpty()) {
				event.setUrl(this.publicUrl + task.link());
			}
			event.setDateTimeStamp(Date.from(this.clock.instant()));
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	private static ICalDate allDay(LocalDate date) {
		return new ICalDate(
				new biweekly.util.DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
				false);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
