package dev.bulwark.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;
import dev.bulwark.shared.TimeZones;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices (tenants) of this installation and their settings, including each
 * practice's time zone: the dates Bulwark shows and the deadlines it computes are the
 * practice's local dates. The daily tick publishes
 * {@link dev.bulwark.shared.PracticeDayBegan} when a practice's day begins.
 */
@Service
public class Practices {

	private final PracticeRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int defaultIdleMinutes;

	Practices(PracticeRepository repository, ApplicationEventPublisher events, Clock clock,
			@Value("${bulwark.session.idle-timeout:15m}") Duration defaultIdle) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.defaultIdleMinutes = (int) Math.max(1, Math.min(60, defaultIdle.toMinutes()));
	}

	/**
	 * Creates a practice with default settings in the server's time zone; the name must
	 * be unique in the installation.
	 */
	@Transactional
	public PracticeDetails create(String name) {
		return create(name, TimeZones.serverDefault());
	}

	/**
	 * Creates a practice with default settings in the given time zone; the name must be
	 * unique in the installation.
	 * @throws InvalidInputException (field {@code name}) if the name is taken
	 */
	@Transactional
	public PracticeDetails create(String name, ZoneId zone) {
		String trimmed = name.trim().replaceAll("\\s+", " ");
		if (this.repository.findByName(trimmed).isPresent()) {
			throw nameTaken(trimmed);
		}
		PracticeDetails practice = new PracticeDetails(UUID.randomUUID(), trimmed, this.clock.instant(),
				this.defaultIdleMinutes, false, "3x3", zone);
		// Its first PracticeDayBegan is for the first local day that begins after it
		// exists.
		this.repository.insert(practice, LocalDate.ofInstant(practice.createdAt(), zone));
		this.events.publishEvent(AuditEvent.of(practice.id(), "practice.created", "practice", practice.id(),
				"Practice created, time zone " + zone.getId()));
		return practice;
	}

	public Optional<PracticeDetails> find(UUID id) {
		return this.repository.findById(id);
	}

	public PracticeDetails get(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("Practice", id));
	}

	/**
	 * The practice's time zone: its local dates are the ones shown and used for
	 * deadlines.
	 */
	public ZoneId zone(UUID practiceId) {
		return get(practiceId).zone();
	}

	/** The practice's local date now. */
	public LocalDate today(UUID practiceId) {
		return LocalDate.ofInstant(this.clock.instant(), zone(practiceId));
	}

	public Optional<PracticeDetails> findByName(String name) {
		return this.repository.findByName(name);
	}

	public List<PracticeDetails> all(Collection<UUID> ids) {
		return this.repository.findAll(ids);
	}

	/** Whether any practice exists, i.e. whether first-run set-up has happened. */
	public boolean any() {
		return this.repository.count() > 0;
	}

	/**
	 * Changes the actor's practice's settings and records what changed in the audit
	 * trail.
	 * @throws InvalidInputException if the name is taken or the time zone unknown
	 */
	@Transactional
	PracticeDetails updateSettings(Actor actor, PracticeSettingsForm form) {
		actor.require(Permission.PRACTICE_SETTINGS);
		UUID id = actor.practiceId();
		PracticeDetails before = get(id);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (this.repository.nameTaken(form.name(), id)) {
			problems.add("name", nameTaken(form.name().trim()).errors().get("name"));
		}
		Optional<ZoneId> zone = TimeZones.parse(form.timeZone());
		if (zone.isEmpty()) {
			problems.add("timeZone", TimeZones.problem(form.timeZone()));
		}
		problems.throwIfAny();
		this.repository.update(id, form, zone.get());
		PracticeDetails after = get(id);
		this.events.publishEvent(AuditEvent.of(id, "practice.settings-changed", "practice", id,
				"Settings changed: automatic logoff " + before.idleTimeoutMinutes() + " -> "
						+ after.idleTimeoutMinutes() + " min, NPRM-ready " + before.nprmMode() + " -> "
						+ after.nprmMode() + ", risk matrix " + before.riskMatrix() + " -> " + after.riskMatrix()
						+ ", time zone " + before.zone().getId() + " -> " + after.zone().getId()));
		return after;
	}

	/**
	 * Archives a practice: it stays, read-only, for retention (every changing request in
	 * it is refused), and its day no longer begins. Callers check that the actor may do
	 * this (an MSP administrator serving the practice).
	 * @throws StateConflictException if it is already archived
	 */
	@Transactional
	public PracticeDetails archive(Actor actor, UUID practiceId) {
		PracticeDetails practice = get(practiceId);
		if (!this.repository.setArchived(practiceId, this.clock.instant(), actor.auditLabel())) {
			throw StateConflictException.of("\"" + practice.name() + "\" is already archived.");
		}
		this.events.publishEvent(AuditEvent.of(practiceId, "practice.archived", "practice", practiceId,
				"Practice archived (read-only, kept for retention) by " + actor.auditLabel()));
		return get(practiceId);
	}

	/**
	 * Takes a practice out of the archive: it can be changed again.
	 * @throws StateConflictException if it is not archived
	 */
	@Transactional
	public PracticeDetails restore(Actor actor, UUID practiceId) {
		PracticeDetails practice = get(practiceId);
		if (!this.repository.setArchived(practiceId, null, null)) {
			throw StateConflictException.of("\"" + practice.name() + "\" is not archived.");
		}
		this.repository.markDayBegun(practiceId, today(practiceId));
		this.events.publishEvent(AuditEvent.of(practiceId, "practice.restored", "practice", practiceId,
				"Practice taken out of the archive by " + actor.auditLabel()));
		return get(practiceId);
	}

	/** Whether the practice is archived: read-only, kept for retention. */
	public boolean archived(UUID practiceId) {
		return this.repository.isArchived(practiceId);
	}

	private static InvalidInputException nameTaken(String name) {
		return InvalidInputException.of("name", "A practice named \"" + name + "\" already exists.");
	}

}
