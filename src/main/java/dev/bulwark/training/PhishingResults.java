package dev.bulwark.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of phishing simulations run with another tool, and their trend. Only this
 * module's controllers call it.
 */
@Service
class PhishingResults {

	/** Years of campaigns the trend shows. */
	static final int TREND_YEARS = 3;

	private final PhishingRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PhishingResults(PhishingRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a result.
	 * @throws InvalidInputException for counts above the e-mails sent or a date ahead
	 */
	@Transactional
	PhishingResult record(Actor actor, PhishingForm form) {
		Instant now = this.clock.instant();
		PhishingResult result = PhishingResult.record(UUID.randomUUID(), form, LocalDate.ofInstant(now, actor.zone()),
				now);
		this.repository.insert(actor.practiceId(), result, actor.userId());
		this.events.publishEvent(new TrainingEvent.PhishingResultRecorded(actor.practiceId(), result.id(),
				result.campaign(), result.runOn(), result.sent(), result.clicked(), result.reported()));
		return result;
	}

	/** One page of results, newest first. */
	@Transactional(readOnly = true)
	List<PhishingResult> results(UUID practiceId, int page) {
		return this.repository.page(practiceId, Paging.offset(page, Training.PAGE_SIZE), Training.PAGE_SIZE);
	}

	/** Every result, oldest first (for the binder). */
	@Transactional(readOnly = true)
	List<PhishingResult> all(UUID practiceId) {
		return this.repository.since(practiceId, LocalDate.of(1900, 1, 1));
	}

	@Transactional(readOnly = true)
	long count(UUID practiceId) {
		return this.repository.count(practiceId);
	}

	/**
	 * The trend of the last {@value #TREND_YEARS} years, oldest first, each campaign with
	 * the change since the one before.
	 */
	@Transactional(readOnly = true)
	List<PhishingResult.TrendPoint> trend(UUID practiceId, LocalDate today) {
		return PhishingResult.trend(this.repository.since(practiceId, today.minusYears(TREND_YEARS)));
	}

}
