package dev.bulwark.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departures and their offboarding checklists. Recording a departure starts a step per
 * enabled account plus devices and keys, building access and telling other organizations;
 * each step records who did it and when, and disabling an account's step disables the
 * account. Open steps reach the compliance calendar ({@link DueItemsReported}, source
 * {@value #SOURCE}) after every change and when a practice's day begins: with the
 * proposed rule's 1-hour and 24-hour clocks in NPRM-ready mode (basis PROPOSED),
 * otherwise due on the last day of work (basis RECOMMENDED).
 */
@Service
class OffboardingService {

	static final String SOURCE = "workforce";

	static final String CITATION = "164.308(a)(3)(ii)(C)";

	private final StaffRepository staff;

	private final AccountRepository accounts;

	private final StepRepository steps;

	private final Practices practices;

	private final WorkforceGaps gaps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OffboardingService(StaffRepository staff, AccountRepository accounts, StepRepository steps, Practices practices,
			WorkforceGaps gaps, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.steps = steps;
		this.practices = practices;
		this.gaps = gaps;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	List<ChecklistStep> recordDeparture(Actor actor, UUID personId, DepartureForm form) {
		UUID practiceId = actor.practiceId();
		StaffMember stored = person(practiceId, personId);
		Person person = Person.of(practiceId, stored);
		Instant endedAt = form.endedOn().atTime(form.endedAt()).atZone(actor.zone()).toInstant();
		person.depart(form.endedOn(), endedAt);
		Instant now = this.clock.instant();
		this.staff.update(person, now);
		List<SystemAccount> enabled = this.accounts.forPerson(practiceId, personId)
			.stream()
			.filter(SystemAccount::enabled)
			.toList();
		List<Offboarding.NewStep> newSteps = Offboarding.steps(enabled);
		for (int i = 0; i < newSteps.size(); i++) {
			this.steps.insert(practiceId, personId, i, newSteps.get(i), now);
		}
		this.events.publishEvent(new WorkforceEvent.DepartureRecorded(practiceId, personId, stored.name(),
				form.endedOn(), newSteps.size()));
		this.gaps.report(practiceId);
		report(practiceId);
		return checklist(practiceId, personId);
	}

	@Transactional
	ChecklistStep completeStep(Actor actor, UUID personId, UUID stepId) {
		UUID practiceId = actor.practiceId();
		StaffMember person = person(practiceId, personId);
		Offboarding.StepRow step = this.steps.find(practiceId, personId, stepId)
			.orElseThrow(() -> NotFoundException.of("Checklist step", stepId));
		if (step.doneAt() != null) {
			throw StateConflictException.of("This step was already done by " + step.doneByName() + ".");
		}
		Instant now = this.clock.instant();
		this.steps.done(practiceId, stepId, actor.userId(), actor.displayName(), null, now);
		this.events.publishEvent(
				new WorkforceEvent.OffboardingStepDone(practiceId, personId, stepId, person.name(), step.title()));
		if (step.accountId() != null
				&& this.accounts.disable(practiceId, step.accountId(), LocalDate.ofInstant(now, actor.zone()), now)) {
			this.accounts.find(practiceId, personId, step.accountId())
				.ifPresent((account) -> this.events.publishEvent(AccountService.changed(practiceId, account)));
			this.gaps.report(practiceId);
		}
		report(practiceId);
		return checklist(practiceId, personId).stream().filter((s) -> s.id().equals(stepId)).findFirst().orElseThrow();
	}

	/** A person's offboarding checklist, in order; empty before a departure. */
	@Transactional(readOnly = true)
	List<ChecklistStep> checklist(UUID practiceId, UUID personId) {
		StaffMember person = person(practiceId, personId);
		if (person.endedAt() == null) {
			return List.of();
		}
		boolean nprm = this.practices.get(practiceId).nprmMode();
		ZoneId zone = this.practices.zone(practiceId);
		Instant now = this.clock.instant();
		return this.steps.forPerson(practiceId, personId)
			.stream()
			.map((row) -> Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone, now))
			.toList();
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		report(day.practiceId());
	}

	/** Publishes every open offboarding step of the practice. */
	void report(UUID practiceId) {
		this.events.publishEvent(new DueItemsReported(practiceId, SOURCE, items(practiceId)));
	}

	List<DueItem> items(UUID practiceId) {
		boolean nprm = this.practices.get(practiceId).nprmMode();
		ZoneId zone = this.practices.zone(practiceId);
		Instant now = this.clock.instant();
		List<DueItem> items = new ArrayList<>();
		for (Offboarding.StepRow row : this.steps.open(practiceId)) {
			StaffMember person = this.staff.find(practiceId, row.personId()).orElse(null);
			if (person == null || person.endedAt() == null) {
				continue;
			}
			ChecklistStep step = Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone, now);
			items.add(new DueItem("offboarding:" + step.id(), person.name() + ": " + step.title(), step.dueOn(),
					step.dueAt(), step.proposed() ? Basis.PROPOSED : Basis.RECOMMENDED, null, null,
					"/staff/" + person.id() + "/offboarding", CITATION));
		}
		return items;
	}

	private StaffMember person(UUID practiceId, UUID personId) {
		return this.staff.find(practiceId, personId).orElseThrow(() -> NotFoundException.of("Staff member", personId));
	}

}
