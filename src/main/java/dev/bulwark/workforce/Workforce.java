package dev.bulwark.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce's queries: the roster (everyone under the practice's direct control,
 * volunteers and trainees included), the accounts each person holds in the inventory's
 * systems, their onboarding and offboarding checklists, access reviews and sanctions.
 * Every query takes the practice id first; a record of another practice is not found,
 * exactly like a missing one. Queries never write.
 * <p>
 * Public are only the queries other modules use: {@link #staff} (the whole roster, e.g.
 * for training assignments) and {@link #staffForUser}. Changes go through the package's
 * {@code StaffService}, which takes the acting person.
 */
@Service
public class Workforce {

	/** People per page, on pages and in the API. */
	static final int PAGE_SIZE = 100;

	private final StaffRepository staff;

	private final AccountRepository systemAccounts;

	private final Accounts accounts;

	private final Inventory inventory;

	private final WorkforceGaps gaps;

	private final Clock clock;

	Workforce(StaffRepository staff, AccountRepository systemAccounts, Accounts accounts, Inventory inventory,
			WorkforceGaps gaps, Clock clock) {
		this.staff = staff;
		this.systemAccounts = systemAccounts;
		this.accounts = accounts;
		this.inventory = inventory;
		this.gaps = gaps;
		this.clock = clock;
	}

	// For other modules

	/**
	 * The whole roster by name, people who left included (check
	 * {@link StaffMember#active()}): for modules that work per person, such as training.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staff(UUID practiceId) {
		return this.staff.all(practiceId);
	}

	/** The person of the roster a Bulwark member is, if they are linked. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffForUser(UUID practiceId, UUID userId) {
		return this.staff.findByUser(practiceId, userId);
	}

	// For this module's pages and API

	/** One page of the roster: people still working first, then by name. */
	@Transactional(readOnly = true)
	List<StaffMember> staff(UUID practiceId, int page) {
		return this.staff.list(practiceId, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long countStaff(UUID practiceId) {
		return this.staff.count(practiceId);
	}

	@Transactional(readOnly = true)
	StaffMember member(UUID practiceId, UUID id) {
		return this.staff.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Staff member", id));
	}

	/** People still working, as the options of a drop-down (e.g. a supervisor). */
	@Transactional(readOnly = true)
	List<Choice> staffChoices(UUID practiceId) {
		return this.staff.activeChoices(practiceId);
	}

	/** The practice's Bulwark members, to link a person to the member they sign in as. */
	@Transactional(readOnly = true)
	List<Choice> userChoices(UUID practiceId) {
		return this.accounts.members(practiceId)
			.stream()
			.map((m) -> Choice.of(m.userId(), m.displayName() + " (" + m.email() + ")"))
			.toList();
	}

	/** The name of a Bulwark member of the practice, if they are one. */
	@Transactional(readOnly = true)
	Optional<String> userName(UUID practiceId, UUID userId) {
		return (userId == null) ? Optional.empty()
				: this.accounts.member(practiceId, userId).map((m) -> m.displayName());
	}

	/** A person's accounts, enabled first (a handful per person). */
	@Transactional(readOnly = true)
	List<SystemAccount> accounts(UUID practiceId, UUID personId) {
		member(practiceId, personId);
		return this.systemAccounts.forPerson(practiceId, personId);
	}

	/** The systems a person uses. */
	@Transactional(readOnly = true)
	List<UUID> systemsUsed(UUID practiceId, UUID personId) {
		member(practiceId, personId);
		return this.systemAccounts.systemsUsed(practiceId, personId);
	}

	/** The inventory's systems in use or spare, as the options of a drop-down. */
	@Transactional(readOnly = true)
	List<Choice> systemChoices(UUID practiceId) {
		return this.inventory.systems(practiceId)
			.stream()
			.map((s) -> Choice.of(s.id(), s.label() + (s.ephi() ? ", patient information" : "")))
			.toList();
	}

	/**
	 * Every access finding now (a shared login, an account without multi-factor sign-in,
	 * an account of someone who left, someone without an account of their own): the
	 * findings page shows them all.
	 */
	@Transactional(readOnly = true)
	List<AccessFinding> findings(UUID practiceId) {
		return this.gaps.findings(practiceId);
	}

	/** The practice's date now. */
	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

}
