package dev.bulwark.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.MspRole;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MSP's people and their access to practices (docs/adr/0023-msp-mode.md). An MSP role
 * ({@link MspRole}) sits above the practices but opens none of them: a person serves a
 * practice only through an active membership there (an assignment, normally as
 * {@link Role#MSP_TECHNICIAN}), which the practice's security officer sees on its people
 * page and can deactivate. An MSP administrator acts only on practices they serve
 * themselves, and never restores access a practice revoked.
 */
@Service
public class MspPeople {

	private final JdbcClient jdbc;

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	private final Invitations invitations;

	private final InvitationMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MspPeople(JdbcClient jdbc, MembershipRepository memberships, UserAccountRepository users, Invitations invitations,
			InvitationMailer mailer, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.users = users;
		this.invitations = invitations;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/** The practices the person serves: every practice they are an active member of. */
	@Transactional(readOnly = true)
	public List<UUID> servedPracticeIds(UUID userId) {
		return this.memberships.activePracticeIds(userId);
	}

	/** Whether the person is an active member of the practice. */
	@Transactional(readOnly = true)
	public boolean serves(UUID userId, UUID practiceId) {
		return this.memberships.activeRole(practiceId, userId).isPresent();
	}

	/** The person's role in a practice they are an active member of. */
	@Transactional(readOnly = true)
	public Optional<Role> roleIn(UUID userId, UUID practiceId) {
		return this.memberships.activeRole(practiceId, userId);
	}

	/**
	 * An MSP administrator acting from the command line: the account with the address, or
	 * the first active administrator when none is given.
	 */
	@Transactional(readOnly = true)
	public Optional<Actor> administrator(String email) {
		return people().stream()
			.filter((p) -> p.mspRole() == MspRole.ADMINISTRATOR && p.active())
			.filter((p) -> email == null || p.email().equals(UserAccountRepository.normalizeEmail(email)))
			.findFirst()
			.map((p) -> new Actor(p.userId(), p.email(), p.displayName(), null, null, null, false, null,
					MspRole.ADMINISTRATOR));
	}

	/**
	 * Runs work from the command line as an MSP administrator, so that its audit entries
	 * name them.
	 */
	public <T> T actingAs(Actor administrator, java.util.function.Supplier<T> work) {
		org.springframework.security.core.context.SecurityContext before = org.springframework.security.core.context.SecurityContextHolder
			.getContext();
		org.springframework.security.core.context.SecurityContext context = org.springframework.security.core.context.SecurityContextHolder
			.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(administrator, null, List.of()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(before);
		}
	}

	/**
	 * Fails as "not found" unless the actor serves the practice: for an MSP person, a
	 * practice they are not assigned to does not exist.
	 */
	public void requireServes(Actor actor, UUID practiceId) {
		if (practiceId == null || !serves(actor.userId(), practiceId)) {
			throw NotFoundException.of("Practice", practiceId);
		}
	}

	/** Every person holding an MSP role, administrators first, then by name. */
	@Transactional(readOnly = true)
	public List<MspPerson> people() {
		return this.jdbc
			.sql("""
					select u.id, u.display_name, u.email, u.installation_admin, u.msp_technician, u.active,
					       (select count(m.practice_id) from membership m where m.user_id = u.id and m.active = true) as served
					from app_user u
					where u.installation_admin = true or u.msp_technician = true
					order by u.installation_admin desc, u.display_name""")
			.query((rs, row) -> new MspPerson(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("email"),
					ActorLookup.mspRole(rs.getBoolean("installation_admin"), rs.getBoolean("msp_technician")),
					rs.getBoolean("active"), rs.getInt("served")))
			.list();
	}

	/** The MSP people with a membership of the practice (active or revoked). */
	@Transactional(readOnly = true)
	public List<MemberSummary> withAccessTo(UUID practiceId) {
		List<UUID> msp = this.jdbc.sql("""
				select m.user_id from membership m join app_user u on u.id = m.user_id
				where m.practice_id = :p and (u.installation_admin = true or u.msp_technician = true)""")
			.param("p", practiceId)
			.query(UUID.class)
			.list();
		return this.memberships.members(practiceId).stream().filter((m) -> msp.contains(m.userId())).toList();
	}

	/**
	 * Makes the creator of a new practice its first member: the MSP administrator serves
	 * what they create, as an MSP technician there.
	 */
	@Transactional
	public void assignCreator(Actor actor, UUID practiceId) {
		actor.require(Permission.MSP_ADMINISTER);
		this.memberships.insert(practiceId, actor.userId(), Role.MSP_TECHNICIAN, this.clock.instant());
		this.events.publishEvent(new MspAccessGranted(practiceId, actor.userId(), actor.auditLabel(),
				actor.auditLabel() + " (created the practice)"));
	}

	/**
	 * Assigns one of the MSP's people to a practice the administrator serves, as an MSP
	 * technician there.
	 * @throws InvalidInputException (field {@code userId}) if the person is not one of
	 * the MSP's people, already has access, or the practice revoked their access
	 */
	@Transactional
	public void assign(Actor actor, UUID practiceId, UUID userId) {
		actor.require(Permission.MSP_ADMINISTER);
		requireServes(actor, practiceId);
		MspPerson person = person(userId)
			.orElseThrow(() -> InvalidInputException.of("userId", "Choose one of the MSP's people."));
		Optional<MemberSummary> membership = this.memberships.find(practiceId, userId);
		if (membership.isPresent() && membership.get().active()) {
			throw InvalidInputException.of("userId", person.displayName() + " already has access to this practice.");
		}
		if (membership.isPresent()) {
			throw InvalidInputException.of("userId", "The practice revoked " + person.displayName()
					+ "'s access. Only its security officer can restore it, on the practice's people page.");
		}
		this.memberships.insert(practiceId, userId, Role.MSP_TECHNICIAN, this.clock.instant());
		this.events.publishEvent(new MspAccessGranted(practiceId, userId,
				Actor.label(person.displayName(), person.email()), actor.auditLabel()));
	}

	/**
	 * Ends an MSP person's access to a practice the administrator serves (the membership
	 * is deactivated, as when the practice revokes it).
	 */
	@Transactional
	public void unassign(Actor actor, UUID practiceId, UUID userId) {
		actor.require(Permission.MSP_ADMINISTER);
		requireServes(actor, practiceId);
		MspPerson person = person(userId).orElseThrow(() -> NotFoundException.of("MSP person", userId));
		if (this.memberships.setActive(practiceId, userId, false, this.clock.instant()) == 0) {
			throw NotFoundException.of("Assignment", userId);
		}
		this.events.publishEvent(new MspAccessRemoved(practiceId, userId,
				Actor.label(person.displayName(), person.email()), actor.auditLabel()));
	}

	/**
	 * Grants an MSP role to an existing account that holds none (an account of any
	 * practice of the installation). Takes effect at the person's next request.
	 * @throws InvalidInputException on {@code email} (no such active account, or they
	 * already hold an MSP role) or {@code role} (none chosen)
	 */
	@Transactional
	public MspPerson grantRole(Actor actor, String email, MspRole role) {
		actor.require(Permission.MSP_ADMINISTER);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(email == null || email.isBlank(), "email", "Enter the e-mail address of an existing account.");
		problems.addIf(role == null, "role", "Choose the role to grant.");
		problems.throwIfAny();
		UserAccount account = this.users.findByEmail(email)
			.filter(UserAccount::active)
			.orElseThrow(() -> InvalidInputException.of("email",
					"No active account has that e-mail address. To add someone new, invite them as a technician."));
		Optional<MspPerson> existing = person(account.id());
		if (existing.isPresent()) {
			throw InvalidInputException.of("email", account.displayName() + " is already "
					+ existing.get().mspRole().label() + ": change their role in the list above.");
		}
		this.users.setMspRole(account.id(), role);
		String label = Actor.label(account.displayName(), account.email());
		for (UUID practiceId : trails(account.id())) {
			this.events
				.publishEvent(new MspRoleGranted(practiceId, account.id(), label, role.label(), actor.auditLabel()));
		}
		return person(account.id()).orElseThrow();
	}

	/**
	 * Changes an MSP person's role (technician to administrator or back). Takes effect at
	 * the person's next request.
	 * @throws NotFoundException if they hold no MSP role
	 * @throws StateConflictException if they are the last active MSP administrator
	 */
	@Transactional
	public MspPerson changeRole(Actor actor, UUID userId, MspRole role) {
		actor.require(Permission.MSP_ADMINISTER);
		MspPerson person = person(userId).orElseThrow(() -> NotFoundException.of("MSP person", userId));
		if (role == null) {
			throw InvalidInputException.of("role", "Choose the role to give.");
		}
		if (role == person.mspRole()) {
			return person;
		}
		requireAnotherAdministrator(person);
		this.users.setMspRole(userId, role);
		String label = Actor.label(person.displayName(), person.email());
		for (UUID practiceId : trails(userId)) {
			this.events.publishEvent(new MspRoleChanged(practiceId, userId, label, person.mspRole().label(),
					role.label(), actor.auditLabel()));
		}
		return person(userId).orElseThrow();
	}

	/**
	 * Removes an MSP person's role and ends their assignments (their memberships as MSP
	 * technician, which their MSP role gave them); memberships with a practice role of
	 * their own (a security officer who was also a technician) stay. Takes effect at the
	 * person's next request: their sessions and API tokens no longer reach the portfolio
	 * or the practices they served for the MSP.
	 * @throws NotFoundException if they hold no MSP role
	 * @throws StateConflictException if they are the last active MSP administrator
	 */
	@Transactional
	public MspPerson removeRole(Actor actor, UUID userId) {
		actor.require(Permission.MSP_ADMINISTER);
		MspPerson person = person(userId).orElseThrow(() -> NotFoundException.of("MSP person", userId));
		requireAnotherAdministrator(person);
		List<UUID> trails = trails(userId);
		java.time.Instant now = this.clock.instant();
		List<UUID> ended = new java.util.ArrayList<>();
		for (UUID practiceId : servedPracticeIds(userId)) {
			if (this.memberships.activeRole(practiceId, userId).orElse(null) == Role.MSP_TECHNICIAN) {
				this.memberships.setActive(practiceId, userId, false, now);
				ended.add(practiceId);
			}
		}
		this.users.setMspRole(userId, null);
		String label = Actor.label(person.displayName(), person.email());
		for (UUID practiceId : trails) {
			this.events.publishEvent(new MspRoleRemoved(practiceId, userId, label, person.mspRole().label(),
					ended.size(), actor.auditLabel()));
		}
		for (UUID practiceId : ended) {
			this.events.publishEvent(new MspAccessRemoved(practiceId, userId, label, actor.auditLabel()));
		}
		return person;
	}

	private void requireAnotherAdministrator(MspPerson person) {
		if (person.mspRole() == MspRole.ADMINISTRATOR && person.active()
				&& this.users.otherActiveAdministrators(person.userId()) == 0) {
			throw StateConflictException.of(person.displayName() + " is the last MSP administrator. Make someone "
					+ "else an MSP administrator first: the installation needs one to create practices and grant roles.");
		}
	}

	/**
	 * Where a change of someone's MSP role is recorded: the installation's trail
	 * ({@code null}) and the trail of each practice they serve, whose security officer
	 * sees who has access.
	 */
	private List<UUID> trails(UUID userId) {
		List<UUID> trails = new java.util.ArrayList<>();
		trails.add(null);
		trails.addAll(servedPracticeIds(userId));
		return trails;
	}

	/**
	 * Invites a new practice's first security officer (or another one) to a practice the
	 * administrator serves: by e-mail when a mail server is configured, and always as a
	 * link.
	 */
	@Transactional
	public MspInvitation inviteOfficer(Actor actor, UUID practiceId, String name, String email) {
		actor.require(Permission.MSP_ADMINISTER);
		requireServes(actor, practiceId);
		return invite(actor, practiceId, name, email, Role.SECURITY_OFFICER, false);
	}

	/**
	 * Invites a technician of the MSP, who then serves the given practice (which the
	 * administrator serves); accepting makes their account an MSP technician.
	 */
	@Transactional
	public MspInvitation inviteTechnician(Actor actor, UUID practiceId, String name, String email) {
		actor.require(Permission.MSP_ADMINISTER);
		if (practiceId == null) {
			throw InvalidInputException.of("practiceId", "Choose the first practice they will serve.");
		}
		if (!serves(actor.userId(), practiceId)) {
			throw InvalidInputException.of("practiceId", "That practice is not one you serve.");
		}
		return invite(actor, practiceId, name, email, Role.MSP_TECHNICIAN, true);
	}

	private MspInvitation invite(Actor actor, UUID practiceId, String name, String email, Role role,
			boolean technician) {
		Invitations.Created created = this.invitations.create(actor, practiceId,
				new Invitations.InviteForm(name, email, role), technician);
		String link = this.mailer.link(created.token());
		boolean sent = this.mailer.send(created.invitation(), link, actor.auditLabel());
		return new MspInvitation(practiceId, created.invitation().id(), created.invitation().name(),
				created.invitation().email(), link, sent);
	}

	private Optional<MspPerson> person(UUID userId) {
		return people().stream().filter((p) -> p.userId().equals(userId)).findFirst();
	}

}
