package dev.bulwark.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic access reviews: who has access to what, from the accounts recorded. Starting a
 * review takes a snapshot of every enabled account; each line is decided; only the
 * security officer signs it off ({@link Permission#ACCESS_REVIEW_SIGN_OFF}), after which
 * it is kept unchanged and the next review comes due in the calendar (Bulwark's
 * recommendation).
 */
@Service
class AccessReviewService {

	static final int PAGE_SIZE = 50;

	private final AccessReviewRepository reviews;

	private final AccountRepository accounts;

	private final OffboardingService offboarding;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessReviewService(AccessReviewRepository reviews, AccountRepository accounts, OffboardingService offboarding,
			ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.accounts = accounts;
		this.offboarding = offboarding;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	AccessReviewSummary start(Actor actor) {
		UUID practiceId = actor.practiceId();
		List<SystemAccount> enabled = this.accounts.all(practiceId)
			.stream()
			.filter(SystemAccount::enabled)
			.sorted((a, b) -> a.personName().compareToIgnoreCase(b.personName()))
			.toList();
		AccessReview.checkStart(this.reviews.anyOpen(practiceId), enabled.size());
		UUID id = UUID.randomUUID();
		this.reviews.insert(practiceId, id, actor.displayName(), this.clock.instant());
		for (int i = 0; i < enabled.size(); i++) {
			this.reviews.insertLine(practiceId, id, i, enabled.get(i));
		}
		this.events.publishEvent(new WorkforceEvent.AccessReviewStarted(practiceId, id, enabled.size()));
		return review(practiceId, id);
	}

	@Transactional
	AccessReviewLine decide(Actor actor, UUID reviewId, UUID lineId, AccessReviewLineForm form) {
		UUID practiceId = actor.practiceId();
		AccessReviewSummary review = review(practiceId, reviewId);
		AccessReviewLine line = line(practiceId, reviewId, lineId);
		AccessReview.checkDecision(review, form);
		this.reviews.decide(practiceId, lineId, form, actor.displayName(), this.clock.instant());
		this.events.publishEvent(new WorkforceEvent.AccessReviewLineDecided(practiceId, reviewId, lineId,
				line.personName(), line.systemName(), line.username(), form.decision().name()));
		return line(practiceId, reviewId, lineId);
	}

	@Transactional
	AccessReviewSummary signOff(Actor actor, UUID reviewId, SignOffForm form) {
		actor.require(Permission.ACCESS_REVIEW_SIGN_OFF);
		UUID practiceId = actor.practiceId();
		AccessReviewSummary review = review(practiceId, reviewId);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, actor.zone());
		LocalDate next = AccessReview.signOff(review, this.reviews.lines(practiceId, reviewId), form, today);
		this.reviews.signOff(practiceId, reviewId, actor.userId(), actor.displayName(), today, form.conclusion(), next,
				now);
		this.events
			.publishEvent(new WorkforceEvent.AccessReviewSignedOff(practiceId, reviewId, today, review.lines(), next));
		this.offboarding.report(practiceId);
		return review(practiceId, reviewId);
	}

	@Transactional(readOnly = true)
	AccessReviewSummary review(UUID practiceId, UUID id) {
		return this.reviews.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Access review", id));
	}

	@Transactional(readOnly = true)
	AccessReviewLine line(UUID practiceId, UUID reviewId, UUID lineId) {
		return this.reviews.findLine(practiceId, reviewId, lineId)
			.orElseThrow(() -> NotFoundException.of("Access review line", lineId));
	}

	@Transactional(readOnly = true)
	List<AccessReviewLine> lines(UUID practiceId, UUID reviewId) {
		review(practiceId, reviewId);
		return this.reviews.lines(practiceId, reviewId);
	}

	@Transactional(readOnly = true)
	List<AccessReviewSummary> reviews(UUID practiceId, int page) {
		return this.reviews.list(practiceId, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long count(UUID practiceId) {
		return this.reviews.count(practiceId);
	}

	@Transactional(readOnly = true)
	java.util.Optional<LocalDate> nextDue(UUID practiceId) {
		return this.reviews.nextDue(practiceId);
	}

}
