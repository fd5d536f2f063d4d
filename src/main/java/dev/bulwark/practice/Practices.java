package dev.bulwark.practice;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices (tenants) of this installation and their settings.
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
	 * Creates a practice with default settings; the name must be unique in the
	 * installation.
	 */
	@Transactional
	public PracticeDetails create(String name) {
		String trimmed = name.trim().replaceAll("\\s+", " ");
		if (this.repository.findByName(trimmed).isPresent()) {
			throw new PracticeNameTakenException(trimmed);
		}
		PracticeDetails practice = new PracticeDetails(UUID.randomUUID(), trimmed, this.clock.instant(),
				this.defaultIdleMinutes, false, "3x3", java.time.ZoneId.systemDefault());
		this.repository.insert(practice);
		this.events.publishEvent(
				AuditEvent.of(practice.id(), "practice.created", "practice", practice.id(), "Practice created"));
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
	public java.time.ZoneId zone(UUID practiceId) {
		return get(practiceId).zone();
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

	@Transactional
	public PracticeDetails updateSettings(UUID id, PracticeSettingsForm form) {
		PracticeDetails before = get(id);
		if (this.repository.nameTaken(form.name(), id)) {
			throw new PracticeNameTakenException(form.name().trim());
		}
		this.repository.update(id, form);
		PracticeDetails after = get(id);
		this.events.publishEvent(AuditEvent.of(id, "practice.settings-changed", "practice", id,
				"Settings changed: automatic logoff " + before.idleTimeoutMinutes() + " -> "
						+ after.idleTimeoutMinutes() + " min, NPRM-ready " + before.nprmMode() + " -> "
						+ after.nprmMode() + ", risk matrix " + before.riskMatrix() + " -> " + after.riskMatrix()));
		return after;
	}

}
