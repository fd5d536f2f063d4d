package dev.bulwark.workforce;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.bulwark.policies.Policies;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding checklists: started when a person is added to the roster (accounts created
 * with least privilege, training assigned, policies acknowledged); each step records who
 * marked it done and when, and shows what Bulwark's records say about it.
 */
@Service
class OnboardingService {

	private final StaffRepository staff;

	private final StepRepository steps;

	private final AccountRepository accounts;

	private final Policies policies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OnboardingService(StaffRepository staff, StepRepository steps, AccountRepository accounts, Policies policies,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.steps = steps;
		this.accounts = accounts;
		this.policies = policies;
		this.events = events;
		this.clock = clock;
	}

	/** Starts the checklist of a person just added (in the caller's transaction). */
	void start(UUID practiceId, UUID personId) {
		List<Onboarding.NewStep> newSteps = Onboarding.steps();
		Instant now = this.clock.instant();
		for (int i = 0; i < newSteps.size(); i++) {
			Onboarding.NewStep step = newSteps.get(i);
			this.steps.insert(practiceId, personId, StepRepository.ONBOARDING, i, step.kind(), null, step.title(), null,
					now);
		}
	}

	/**
	 * A person's onboarding checklist, in order; empty for people added before
	 * checklists.
	 */
	@Transactional(readOnly = true)
	List<OnboardingStep> checklist(UUID practiceId, UUID personId) {
		StaffMember person = person(practiceId, personId);
		return this.steps.forPerson(practiceId, personId, StepRepository.ONBOARDING)
			.stream()
			.map((row) -> view(practiceId, person, row))
			.toList();
	}

	@Transactional
	OnboardingStep completeStep(Actor actor, UUID personId, UUID stepId) {
		UUID practiceId = actor.practiceId();
		StaffMember person = person(practiceId, personId);
		Offboarding.StepRow step = this.steps.find(practiceId, personId, StepRepository.ONBOARDING, stepId)
			.orElseThrow(() -> NotFoundException.of("Checklist step", stepId));
		if (step.doneAt() != null) {
			throw StateConflictException.of("This step was already done by " + step.doneByName() + ".");
		}
		this.steps.done(practiceId, stepId, actor.userId(), actor.displayName(), null, this.clock.instant());
		this.events.publishEvent(
				new WorkforceEvent.OnboardingStepDone(practiceId, personId, stepId, person.name(), step.title()));
		return checklist(practiceId, personId).stream().filter((s) -> s.id().equals(stepId)).findFirst().orElseThrow();
	}

	private OnboardingStep view(UUID practiceId, StaffMember person, Offboarding.StepRow row) {
		String state = null;
		String link = "/staff/" + person.id();
		switch (row.kind()) {
			case Onboarding.ACCOUNTS ->
				state = Onboarding.accountsState(this.accounts.forPerson(practiceId, person.id()));
			case Onboarding.TRAINING -> link = "/training";
			case Onboarding.POLICIES -> {
				Integer pending = (person.userId() != null)
						? this.policies.pendingAcknowledgements(practiceId, person.userId()).size() : null;
				state = Onboarding.policiesState(pending);
				link = "/policies";
			}
			default -> {
			}
		}
		return new OnboardingStep(row.id(), row.personId(), row.kind(), row.title(), state, link, row.doneAt(),
				row.doneByName());
	}

	private StaffMember person(UUID practiceId, UUID personId) {
		return this.staff.find(practiceId, personId).orElseThrow(() -> NotFoundException.of("Staff member", personId));
	}

}
