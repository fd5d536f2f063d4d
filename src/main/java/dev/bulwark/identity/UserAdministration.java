package dev.bulwark.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security officer's account administration for their practice: roles, resetting a
 * person's second factor, deactivating and reactivating. Every method acts on members of
 * the actor's practice only.
 * <p>
 * A person may belong to several practices (an MSP technician, a dentist at two offices)
 * with one account. A practice then controls only its own membership: deactivating ends
 * the person's access to this practice at once and leaves their sessions for the others
 * alone. Their second factor protects every practice at once, so a practice's officer may
 * not reset it; the installation administrator does (on the team page, or on the server
 * with {@code bulwark user reset-second-factor}). See docs/adr/0003-mfa.md.
 */
@Service
class UserAdministration {

	static final String COMMAND_LINE_ADMINISTRATOR = "installation administrator (command line)";

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	private final SecondFactors secondFactors;

	private final ApiTokens apiTokens;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(MembershipRepository memberships, UserAccountRepository users, SecondFactors secondFactors,
			ApiTokens apiTokens, SessionTerminator sessions, ApplicationEventPublisher events, Clock clock) {
		this.memberships = memberships;
		this.users = users;
		this.secondFactors = secondFactors;
		this.apiTokens = apiTokens;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** What a role change or another action on a member sends (only the role matters). */
	record MemberForm(Role role) {
	}

	@Transactional
	void changeRole(Actor actor, UUID userId, Role role) {
		actor.require(Permission.USERS_MANAGE);
		MemberSummary member = member(actor, userId);
		if (role == null) {
			throw InvalidInputException.of("role", "Choose a role.");
		}
		if (member.role() == role) {
			return;
		}
		if (member.role() == Role.SECURITY_OFFICER && member.active()
				&& this.memberships.countActive(actor.practiceId(), Role.SECURITY_OFFICER) <= 1) {
			throw StateConflictException
				.of("The practice needs at least one security officer. Make someone else security officer first.");
		}
		this.memberships.changeRole(actor.practiceId(), userId, role);
		this.events.publishEvent(
				new RoleChanged(actor.practiceId(), userId, IdentityAudit.person(member), member.role(), role));
	}

	/**
	 * Ends the person's access to this practice at once: their API tokens here are
	 * revoked, and every request of theirs is refused this practice from now on. Their
	 * sessions end too unless they still belong to another practice, whose work they may
	 * go on with.
	 */
	@Transactional
	void deactivate(Actor actor, UUID userId) {
		actor.require(Permission.USERS_MANAGE);
		MemberSummary member = member(actor, userId);
		if (userId.equals(actor.userId())) {
			throw StateConflictException.of("You cannot deactivate yourself.");
		}
		if (!member.active()) {
			return;
		}
		if (member.role() == Role.SECURITY_OFFICER
				&& this.memberships.countActive(actor.practiceId(), Role.SECURITY_OFFICER) <= 1) {
			throw StateConflictException.of("The practice needs at least one active security officer.");
		}
		this.memberships.setActive(actor.practiceId(), userId, false, this.clock.instant());
		int tokens = this.apiTokens.revokeAll(actor.practiceId(), userId);
		boolean elsewhere = !this.memberships.activePracticeIds(userId).isEmpty();
		int ended = elsewhere ? 0 : this.sessions.endAll(member.email());
		this.events.publishEvent(new MemberDeactivated(actor.practiceId(), userId, IdentityAudit.person(member), ended,
				tokens, elsewhere));
	}

	@Transactional
	void reactivate(Actor actor, UUID userId) {
		actor.require(Permission.USERS_MANAGE);
		MemberSummary member = member(actor, userId);
		if (member.active()) {
			return;
		}
		this.memberships.setActive(actor.practiceId(), userId, true, this.clock.instant());
		this.events.publishEvent(new MemberReactivated(actor.practiceId(), userId, IdentityAudit.person(member)));
	}

	/**
	 * Removes the person's authenticator, recovery codes and passkeys (for a lost phone)
	 * and ends their sessions; they set up a new authenticator at their next sign-in,
	 * with their password alone. That is only safe where everyone whose practice the new
	 * authenticator opens agreed: the person belongs to this practice only, or the actor
	 * administers the installation.
	 * @throws StateConflictException if the person also belongs to another practice and
	 * the actor is not an installation administrator
	 */
	@Transactional
	void resetSecondFactor(Actor actor, UUID userId) {
		actor.require(Permission.USERS_MANAGE);
		MemberSummary member = member(actor, userId);
		List<UUID> practices = this.memberships.practiceIds(userId);
		boolean elsewhere = practices.stream().anyMatch((practiceId) -> !practiceId.equals(actor.practiceId()));
		boolean administrator = this.users.findById(actor.userId()).map(UserAccount::installationAdmin).orElse(false);
		if (elsewhere && !administrator) {
			List<String> admins = this.users.installationAdminNames();
			throw StateConflictException.of(member.displayName() + " also belongs to another practice in this "
					+ "Bulwark installation, and a new authenticator would open that practice too. Ask the "
					+ "installation administrator" + (admins.isEmpty() ? "" : " (" + String.join(", ", admins) + ")")
					+ " to reset it: on the server, java -jar bulwark.jar user reset-second-factor --email "
					+ member.email());
		}
		int ended = reset(userId, member.email());
		for (UUID practiceId : practices) {
			this.events.publishEvent(
					new SecondFactorReset(practiceId, userId, IdentityAudit.person(member), ended, elsewhere, null));
		}
	}

	/** What {@link #resetOnServer} did. */
	record ServerReset(String person, int sessionsEnded, List<UUID> practiceIds) {
	}

	/**
	 * The installation administrator's reset on the server's command line: for any
	 * account, recorded in the trail of every practice the person belongs to.
	 */
	@Transactional
	Optional<ServerReset> resetOnServer(String email) {
		Optional<UserAccount> found = this.users.findByEmail(email);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		UserAccount user = found.get();
		int ended = reset(user.id(), user.email());
		List<UUID> practices = new ArrayList<>(this.memberships.practiceIds(user.id()));
		String person = IdentityAudit.person(user);
		if (practices.isEmpty()) {
			this.events
				.publishEvent(new SecondFactorReset(null, user.id(), person, ended, true, COMMAND_LINE_ADMINISTRATOR));
		}
		for (UUID practiceId : practices) {
			this.events.publishEvent(
					new SecondFactorReset(practiceId, user.id(), person, ended, true, COMMAND_LINE_ADMINISTRATOR));
		}
		return Optional.of(new ServerReset(person, ended, List.copyOf(practices)));
	}

	/**
	 * Members of the practice who also belong to another one: only the installation
	 * administrator may reset their second factor.
	 */
	Set<UUID> sharedWithOtherPractices(UUID practiceId) {
		return this.memberships.alsoElsewhere(practiceId);
	}

	boolean isInstallationAdmin(UUID userId) {
		return this.users.findById(userId).map(UserAccount::installationAdmin).orElse(false);
	}

	private int reset(UUID userId, String email) {
		this.secondFactors.resetAll(userId, email);
		return this.sessions.endAll(email);
	}

	private MemberSummary member(Actor actor, UUID userId) {
		return this.memberships.find(actor.practiceId(), userId)
			.orElseThrow(() -> NotFoundException.of("Member", userId));
	}

}
