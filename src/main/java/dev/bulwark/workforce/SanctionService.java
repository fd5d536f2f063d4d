package dev.bulwark.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sanction records (164.308(a)(1)(ii)(C)). Every method checks the caller may see them
 * ({@link Permission#SANCTIONS_READ}), beyond the endpoint's own permission: they are
 * restricted to the security officer.
 */
@Service
class SanctionService {

	static final int PAGE_SIZE = 50;

	private final SanctionRepository sanctions;

	private final StaffRepository staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SanctionService(SanctionRepository sanctions, StaffRepository staff, ApplicationEventPublisher events,
			Clock clock) {
		this.sanctions = sanctions;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Sanction record(Actor actor, SanctionForm form) {
		actor.require(Permission.SANCTIONS_EDIT);
		UUID practiceId = actor.practiceId();
		StaffMember person = this.staff.find(practiceId, form.personId())
			.orElseThrow(
					() -> InvalidInputException.of("personId", "That staff member does not exist in this practice."));
		Sanction.check(form, person, LocalDate.ofInstant(this.clock.instant(), actor.zone()));
		UUID id = UUID.randomUUID();
		this.sanctions.insert(actor, id, form, this.clock.instant());
		this.events.publishEvent(new WorkforceEvent.SanctionRecorded(practiceId, id, person.id()));
		return this.sanctions.find(practiceId, id).orElseThrow();
	}

	@Transactional(readOnly = true)
	Sanction sanction(Actor actor, UUID id) {
		actor.require(Permission.SANCTIONS_READ);
		return this.sanctions.find(actor.practiceId(), id).orElseThrow(() -> NotFoundException.of("Sanction", id));
	}

	@Transactional(readOnly = true)
	List<Sanction> sanctions(Actor actor, int page) {
		actor.require(Permission.SANCTIONS_READ);
		return this.sanctions.list(actor.practiceId(), Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long count(Actor actor) {
		actor.require(Permission.SANCTIONS_READ);
		return this.sanctions.count(actor.practiceId());
	}

}
