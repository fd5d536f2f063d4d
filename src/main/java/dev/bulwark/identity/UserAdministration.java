package dev.bulwark.identity;

import java.time.Clock;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security officer's account administration for their practice: roles, resetting a
 * person's second factor, deactivating and reactivating. Every method acts on members of
 * the given practice only.
 */
@Service
class UserAdministration {

	private final MembershipRepository memberships;

	private final SecondFactors secondFactors;

	private final ApiTokens apiTokens;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(MembershipRepository memberships, SecondFactors secondFactors, ApiTokens apiTokens,
			SessionTerminator sessions, ApplicationEventPublisher events, Clock clock) {
		this.memberships = memberships;
		this.secondFactors = secondFactors;
		this.apiTokens = apiTokens;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void changeRole(UUID practiceId, UUID actorId, UUID userId, Role role) {
		MemberSummary member = member(practiceId, userId);
		if (role == null) {
			throw new AccountException("role", "Choose a role.");
		}
		if (member.role() == role) {
			return;
		}
		if (member.role() == Role.SECURITY_OFFICER && member.active()
				&& this.memberships.countActive(practiceId, Role.SECURITY_OFFICER) <= 1) {
			throw new AccountException("role",
					"The practice needs at least one security officer. Make someone else security officer first.");
		}
		this.memberships.changeRole(practiceId, userId, role);
		this.events.publishEvent(AuditEvent.of(practiceId, "user.role-changed", "user", userId,
				member.email() + ": " + member.role().label() + " -> " + role.label()));
	}

	/**
	 * Ends the person's access to this practice at once: sessions end and their tokens
	 * here are revoked.
	 */
	@Transactional
	void deactivate(UUID practiceId, UUID actorId, UUID userId) {
		MemberSummary member = member(practiceId, userId);
		if (userId.equals(actorId)) {
			throw new AccountException(null, "You cannot deactivate yourself.");
		}
		if (!member.active()) {
			return;
		}
		if (member.role() == Role.SECURITY_OFFICER
				&& this.memberships.countActive(practiceId, Role.SECURITY_OFFICER) <= 1) {
			throw new AccountException(null, "The practice needs at least one active security officer.");
		}
		this.memberships.setActive(practiceId, userId, false, this.clock.instant());
		int tokens = this.apiTokens.revokeAll(practiceId, userId);
		int ended = this.sessions.endAll(member.email());
		this.events.publishEvent(AuditEvent.of(practiceId, "user.deactivated", "user", userId,
				member.email() + " deactivated; " + ended + " session(s) ended, " + tokens + " API token(s) revoked"));
	}

	@Transactional
	void reactivate(UUID practiceId, UUID userId) {
		MemberSummary member = member(practiceId, userId);
		if (member.active()) {
			return;
		}
		this.memberships.setActive(practiceId, userId, true, this.clock.instant());
		this.events.publishEvent(
				AuditEvent.of(practiceId, "user.reactivated", "user", userId, member.email() + " reactivated"));
	}

	/**
	 * Removes the person's authenticator, recovery codes and passkeys (for a lost phone)
	 * and ends their sessions; they set up a new authenticator at their next sign-in.
	 */
	@Transactional
	void resetSecondFactor(UUID practiceId, UUID userId) {
		MemberSummary member = member(practiceId, userId);
		this.secondFactors.resetAll(userId, member.email());
		int ended = this.sessions.endAll(member.email());
		this.events.publishEvent(AuditEvent.of(practiceId, "user.second-factor-reset", "user", userId, member.email()
				+ ": authenticator, recovery codes and passkeys removed; " + ended + " session(s) ended"));
	}

	private MemberSummary member(UUID practiceId, UUID userId) {
		return this.memberships.find(practiceId, userId).orElseThrow(() -> NotFoundException.of("Member", userId));
	}

}
