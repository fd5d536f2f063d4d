package dev.bulwark.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts people hold in the inventory's systems, and the systems they use. Every change
 * reports the access gaps again, in its transaction.
 */
@Service
class AccountService {

	static final String UNKNOWN_SYSTEM = "That system does not exist in this practice's inventory.";

	private final StaffRepository staff;

	private final AccountRepository accounts;

	private final Inventory inventory;

	private final WorkforceGaps gaps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(StaffRepository staff, AccountRepository accounts, Inventory inventory, WorkforceGaps gaps,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.inventory = inventory;
		this.gaps = gaps;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	SystemAccount add(Actor actor, UUID personId, AccountForm form) {
		UUID practiceId = actor.practiceId();
		StaffMember person = person(practiceId, personId);
		InventorySystem system = check(actor, form);
		UUID id = UUID.randomUUID();
		this.accounts.insert(practiceId, id, personId, system.name(), form, this.clock.instant());
		this.events.publishEvent(new WorkforceEvent.SystemAccountAdded(practiceId, id, person.name(), system.name(),
				form.username(), form.privilege().label(), form.mfa()));
		this.gaps.report(practiceId);
		return this.accounts.find(practiceId, personId, id).orElseThrow();
	}

	@Transactional
	SystemAccount update(Actor actor, UUID personId, UUID accountId, AccountForm form) {
		UUID practiceId = actor.practiceId();
		account(practiceId, personId, accountId);
		InventorySystem system = check(actor, form);
		this.accounts.update(practiceId, accountId, system.name(), form, this.clock.instant());
		SystemAccount after = this.accounts.find(practiceId, personId, accountId).orElseThrow();
		this.events.publishEvent(changed(practiceId, after));
		this.gaps.report(practiceId);
		return after;
	}

	@Transactional
	List<UUID> useSystems(Actor actor, UUID personId, SystemUseForm form) {
		UUID practiceId = actor.practiceId();
		StaffMember person = person(practiceId, personId);
		List<UUID> systems = List.copyOf(new LinkedHashSet<>(form.systemIds()));
		for (UUID systemId : systems) {
			if (this.inventory.system(practiceId, systemId).isEmpty()) {
				throw InvalidInputException.of("systemIds", UNKNOWN_SYSTEM);
			}
		}
		this.accounts.replaceSystemsUsed(practiceId, personId, systems);
		this.events
			.publishEvent(new WorkforceEvent.SystemsUsedChanged(practiceId, personId, person.name(), systems.size()));
		this.gaps.report(practiceId);
		return systems;
	}

	static WorkforceEvent.SystemAccountChanged changed(UUID practiceId, SystemAccount account) {
		return new WorkforceEvent.SystemAccountChanged(practiceId, account.id(), account.personName(),
				account.systemName(), account.username(), account.privilege().label(), account.mfa(),
				account.enabled());
	}

	SystemAccount account(UUID practiceId, UUID personId, UUID accountId) {
		person(practiceId, personId);
		return this.accounts.find(practiceId, personId, accountId)
			.orElseThrow(() -> NotFoundException.of("Account", accountId));
	}

	private StaffMember person(UUID practiceId, UUID personId) {
		return this.staff.find(practiceId, personId).orElseThrow(() -> NotFoundException.of("Staff member", personId));
	}

	/** The system, checked against the practice; the disabling date not in the future. */
	private InventorySystem check(Actor actor, AccountForm form) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		InventorySystem system = this.inventory.system(actor.practiceId(), form.systemId()).orElse(null);
		if (system == null) {
			problems.add("systemId", UNKNOWN_SYSTEM);
		}
		if (form.disabledOn() != null
				&& form.disabledOn().isAfter(LocalDate.ofInstant(this.clock.instant(), actor.zone()))) {
			problems.add("disabledOn", "An account cannot be disabled in the future; record it on the day.");
		}
		problems.throwIfAny();
		return system;
	}

}
