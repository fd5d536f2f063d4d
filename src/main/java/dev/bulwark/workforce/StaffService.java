package dev.bulwark.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's commands, for this module's pages and API. Ids inside a form (the
 * supervisor, the Bulwark member) are checked against the practice before anything is
 * saved.
 */
@Service
class StaffService {

	private final StaffRepository staff;

	private final Accounts accounts;

	private final WorkforceGaps gaps;

	private final OnboardingService onboarding;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffService(StaffRepository staff, Accounts accounts, WorkforceGaps gaps, OnboardingService onboarding,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.gaps = gaps;
		this.onboarding = onboarding;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	StaffMember add(Actor actor, StaffForm form) {
		UUID practiceId = actor.practiceId();
		Person person = Person.add(practiceId, form, today(actor), references(practiceId, null, form));
		this.staff.insert(person, this.clock.instant());
		this.events.publishEvent(person.added());
		this.onboarding.start(practiceId, person.id());
		this.gaps.report(practiceId);
		return this.staff.find(practiceId, person.id()).orElseThrow();
	}

	@Transactional
	StaffMember update(Actor actor, UUID id, StaffForm form) {
		UUID practiceId = actor.practiceId();
		Person person = Person.of(practiceId, stored(practiceId, id));
		WorkforceEvent.StaffChanged changed = person.change(form, today(actor), references(practiceId, id, form));
		this.staff.update(person, this.clock.instant());
		this.events.publishEvent(changed);
		this.gaps.report(practiceId);
		return this.staff.find(practiceId, id).orElseThrow();
	}

	StaffMember stored(UUID practiceId, UUID id) {
		return this.staff.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Staff member", id));
	}

	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	private InvalidInputException.Problems references(UUID practiceId, UUID id, StaffForm form) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.supervisorId() != null && !form.supervisorId().equals(id)
				&& this.staff.find(practiceId, form.supervisorId()).isEmpty()) {
			problems.add("supervisorId", "That staff member does not exist in this practice.");
		}
		if (form.userId() != null) {
			if (this.accounts.member(practiceId, form.userId()).isEmpty()) {
				problems.add("userId", "That Bulwark user is not a member of this practice.");
			}
			else {
				this.staff.findByUser(practiceId, form.userId())
					.filter((other) -> !Objects.equals(other.id(), id))
					.ifPresent((other) -> problems.add("userId",
							"That Bulwark user is already linked to \"" + other.name() + "\"."));
			}
		}
		return problems;
	}

}
