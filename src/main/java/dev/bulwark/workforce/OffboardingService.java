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
 * <p>
 * Whether a step is overdue is decided when a practice's day begins
 * ({@link PracticeDayBegan}) and when a departure is recorded, never while a page is
 * read: a step found past its deadline is flagged and escalated (an audited
 * {@link WorkforceEvent.OffboardingStepOverdue}, a gap for the risk register, the
 * security officer's dashboard card and findings page).
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

	private final AccessReviewRepository reviews;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OffboardingService(StaffRepository staff, AccountRepository accounts, StepRepository steps, Practices practices,
			WorkforceGaps gaps, AccessReviewRepository reviews, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.steps = steps;
		this.practices = practices;
		this.gaps = gaps;
		this.reviews = reviews;
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
		// A departure recorded after the fact may already be past its deadline.
		escalate(practiceId);
		this.gaps.report(practiceId);
		report(practiceId);
		return checklist(practiceId, personId);
	}

	@Transactional
	ChecklistStep completeStep(Actor actor, UUID personId, UUID stepId) {
		UUID practiceId = actor.practiceId();
		StaffMember person = person(practiceId, personId);
		Offboarding.StepRow step = this.steps.find(practiceId, personId, StepRepository.OFFBOARDING, stepId)
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
		}
		this.gaps.report(practiceId);
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
		return this.steps.forPerson(practiceId, personId)
			.stream()
			.map((row) -> Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone))
			.toList();
	}

	/** Every open step the daily tick found past its deadline, for the findings page. */
	@Transactional(readOnly = true)
	List<OverdueStep> overdue(UUID practiceId) {
		boolean nprm = this.practices.get(practiceId).nprmMode();
		ZoneId zone = this.practices.zone(practiceId);
		List<OverdueStep> overdue = new ArrayList<>();
		for (Offboarding.StepRow row : this.steps.open(practiceId)) {
			if (row.overdueAt() == null) {
				continue;
			}
			this.staff.find(practiceId, row.personId())
				.filter((person) -> person.endedAt() != null)
				.ifPresent((person) -> overdue.add(new OverdueStep(person.id(), person.name(),
						Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone))));
		}
		return overdue;
	}

	/**
	 * An open offboarding step past its deadline, with whose checklist it is.
	 *
	 * @param personId the person who left
	 * @param personName their name
	 * @param step the step
	 */
	record OverdueStep(UUID personId, String personName, ChecklistStep step) {
	}

	/**
	 * A practice's day began: flag the steps now past their deadline, escalate them, and
	 * report the gaps and due items.
	 */
	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		escalate(day.practiceId());
		this.gaps.report(day.practiceId());
		report(day.practiceId());
	}

	/**
	 * Flags every open step past its deadline under the practice's current mode (and
	 * clears the flag of one that no longer is, after a change of mode); publishes an
	 * {@link WorkforceEvent.OffboardingStepOverdue} for each newly overdue step.
	 * Idempotent: a step already flagged is not escalated again.
	 * @return how many steps became overdue
	 */
	@Transactional
	int escalate(UUID practiceId) {
		boolean nprm = this.practices.get(practiceId).nprmMode();
		ZoneId zone = this.practices.zone(practiceId);
		Instant now = this.clock.instant();
		int escalated = 0;
		for (Offboarding.StepRow row : this.steps.open(practiceId)) {
			StaffMember person = this.staff.find(practiceId, row.personId()).orElse(null);
			if (person == null || person.endedAt() == null) {
				continue;
			}
			boolean past = Offboarding.pastDeadline(row, person.endedAt(), person.endedOn(), nprm, zone, now);
			if (past && row.overdueAt() == null) {
				this.steps.overdue(practiceId, row.id(), now);
				ChecklistStep step = Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone);
				this.events.publishEvent(new WorkforceEvent.OffboardingStepOverdue(practiceId, person.id(), row.id(),
						person.name(), row.title(), step.proposed() ? "PROPOSED" : "RECOMMENDED"));
				escalated++;
			}
			else if (!past && row.overdueAt() != null) {
				this.steps.overdue(practiceId, row.id(), null);
			}
		}
		return escalated;
	}

	/**
	 * Publishes every open due item of the workforce: offboarding steps, the next access
	 * review.
	 */
	void report(UUID practiceId) {
		this.events.publishEvent(new DueItemsReported(practiceId, SOURCE, items(practiceId)));
	}

	List<DueItem> items(UUID practiceId) {
		boolean nprm = this.practices.get(practiceId).nprmMode();
		ZoneId zone = this.practices.zone(practiceId);
		List<DueItem> items = new ArrayList<>();
		for (Offboarding.StepRow row : this.steps.open(practiceId)) {
			StaffMember person = this.staff.find(practiceId, row.personId()).orElse(null);
			if (person == null || person.endedAt() == null) {
				continue;
			}
			ChecklistStep step = Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone);
			items.add(new DueItem("offboarding:" + step.id(),
					(step.overdue() ? "OVERDUE: " : "") + person.name() + ": " + step.title(), step.dueOn(),
					step.dueAt(), step.proposed() ? Basis.PROPOSED : Basis.RECOMMENDED, null, null,
					"/staff/" + person.id() + "/offboarding", CITATION));
		}
		this.reviews.nextDue(practiceId)
			.ifPresent((due) -> items.add(new DueItem("access-review:next", AccessReview.NEXT_REVIEW_TITLE, due, null,
					Basis.RECOMMENDED, null, null, "/access-reviews", AccessReview.CITATION)));
		return items;
	}

	private StaffMember person(UUID practiceId, UUID personId) {
		return this.staff.find(practiceId, personId).orElseThrow(() -> NotFoundException.of("Staff member", personId));
	}

}
