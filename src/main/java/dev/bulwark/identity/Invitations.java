package dev.bulwark.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the only way a person joins a practice, so every person has their own
 * account (never a shared login). The invitation link carries a random token, valid for 7
 * days, stored hashed.
 */
@Service
class Invitations {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invitations(JdbcClient jdbc, UserAccountRepository users, MembershipRepository memberships,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.memberships = memberships;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	record Created(String token, InvitationDetails invitation) {
	}

	@Transactional
	Created create(UUID practiceId, String email, Role role, UUID invitedBy) {
		String normalized = UserAccountRepository.normalizeEmail(email);
		Validation.requireEmail("email", normalized);
		if (role == null) {
			throw new AccountException("role", "Choose a role.");
		}
		Optional<UserAccount> existing = this.users.findByEmail(normalized);
		if (existing.isPresent() && this.memberships.find(practiceId, existing.get().id()).isPresent()) {
			throw new AccountException("email",
					"This person already belongs to the practice. Change their role or reactivate them in the list.");
		}
		Instant now = this.clock.instant();
		// A new invitation for the same address replaces any earlier open one.
		this.jdbc
			.sql("update invitation set revoked_at = :now where practice_id = :p and email = :e "
					+ "and accepted_at is null and revoked_at is null")
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("e", normalized)
			.update();
		String token = Hashing.token(32);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into invitation (practice_id, id, email, role, token_hash, invited_by, created_at, expires_at)
				values (:p, :id, :e, :r, :h, :by, :now, :exp)""")
			.param("p", practiceId)
			.param("id", id)
			.param("e", normalized)
			.param("r", role.name())
			.param("h", Hashing.sha256(token))
			.param("by", invitedBy)
			.param("now", Timestamp.from(now))
			.param("exp", Timestamp.from(now.plus(VALIDITY)))
			.update();
		this.events.publishEvent(AuditEvent.of(practiceId, "user.invited", "invitation", id,
				"Invited " + normalized + " as " + role.label()));
		return new Created(token, find(practiceId, id).orElseThrow());
	}

	Optional<InvitationDetails> find(UUID practiceId, UUID id) {
		return this.jdbc.sql(SELECT + " where i.practice_id = :p and i.id = :id")
			.param("p", practiceId)
			.param("id", id)
			.query(Invitations::map)
			.optional();
	}

	List<InvitationDetails> open(UUID practiceId) {
		return this.jdbc
			.sql(SELECT + " where i.practice_id = :p and i.accepted_at is null and i.revoked_at is null "
					+ "and i.expires_at > :now order by i.created_at desc")
			.param("p", practiceId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Invitations::map)
			.list();
	}

	/**
	 * An open invitation for a token from a link; empty if unknown, used, revoked or
	 * expired.
	 */
	Optional<InvitationDetails> byToken(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " where i.token_hash = :h")
			.param("h", Hashing.sha256(token))
			.query(Invitations::map)
			.optional()
			.filter((invitation) -> invitation.openAt(this.clock.instant()));
	}

	boolean accountExists(InvitationDetails invitation) {
		return this.users.findByEmail(invitation.email()).isPresent();
	}

	/** A new person accepts: creates their account and membership. */
	@Transactional
	UUID acceptAsNewAccount(String token, String name, String password) {
		InvitationDetails invitation = byToken(token)
			.orElseThrow(() -> new AccountException(null, "This invitation is no longer valid."));
		if (accountExists(invitation)) {
			throw new AccountException(null, "An account with this e-mail address exists: sign in to accept.");
		}
		Validation.requireText("name", name, "Enter your name.", 200);
		this.passwordPolicy.check(password, invitation.email(), name, invitation.practiceName()).ifPresent((reason) -> {
			throw new AccountException("password", reason);
		});
		UUID userId = UUID.randomUUID();
		this.users.insert(userId, invitation.email(), name, this.passwordEncoder.encode(password),
				this.clock.instant());
		join(invitation, userId);
		return userId;
	}

	/** A person with an account (signed in as the invited address) accepts. */
	@Transactional
	void acceptAsExistingAccount(String token, UUID userId, String email) {
		InvitationDetails invitation = byToken(token)
			.orElseThrow(() -> new AccountException(null, "This invitation is no longer valid."));
		if (!invitation.email().equals(UserAccountRepository.normalizeEmail(email))) {
			throw new AccountException(null, "This invitation is for a different e-mail address.");
		}
		if (this.memberships.find(invitation.practiceId(), userId).isPresent()) {
			throw new AccountException(null, "You already belong to this practice.");
		}
		join(invitation, userId);
	}

	@Transactional
	boolean revoke(UUID practiceId, UUID id) {
		int changed = this.jdbc
			.sql("update invitation set revoked_at = :now where practice_id = :p and id = :id "
					+ "and accepted_at is null and revoked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("p", practiceId)
			.param("id", id)
			.update();
		if (changed == 1) {
			this.events.publishEvent(
					AuditEvent.of(practiceId, "user.invitation-revoked", "invitation", id, "Invitation withdrawn"));
		}
		return changed == 1;
	}

	private void join(InvitationDetails invitation, UUID userId) {
		Instant now = this.clock.instant();
		this.memberships.insert(invitation.practiceId(), userId, invitation.role(), now);
		this.jdbc.sql("update invitation set accepted_at = :now where practice_id = :p and id = :id")
			.param("now", Timestamp.from(now))
			.param("p", invitation.practiceId())
			.param("id", invitation.id())
			.update();
		this.events.publishEvent(AuditEvent
			.of(invitation.practiceId(), "user.joined", "user", userId,
					invitation.email() + " accepted the invitation as " + invitation.role().label())
			.by(userId, invitation.email()));
	}

	private static final String SELECT = """
			select i.practice_id, i.id, p.name, i.email, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
			from invitation i join practice p on p.id = i.practice_id""";

	private static InvitationDetails map(ResultSet rs, int row) throws SQLException {
		return new InvitationDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), Role.valueOf(rs.getString(5)), UserAccountRepository.instant(rs, "created_at"),
				UserAccountRepository.instant(rs, "expires_at"), UserAccountRepository.instant(rs, "accepted_at"),
				UserAccountRepository.instant(rs, "revoked_at"));
	}

}
