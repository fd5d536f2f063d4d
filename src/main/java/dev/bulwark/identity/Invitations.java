package dev.bulwark.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the only way a person joins a practice, so every person has their own
 * account (never a shared login). The invitation link carries a random token, valid for 7
 * days, stored hashed.
 * <p>
 * Nothing the inviting officer sees depends on whether the address already has an account
 * somewhere in the installation: the answer to the invitation, the e-mail and the
 * invitation page are the same either way (an officer of one practice must not learn who
 * uses Bulwark for another).
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

	/** What the security officer fills in to invite someone. */
	record InviteForm(String name, String email, Role role) {
	}

	/** What a new person fills in on the invitation page. */
	record AcceptForm(String name, String password, String confirmPassword) {
	}

	record Created(String token, InvitationDetails invitation) {
	}

	/**
	 * Invites a person to the actor's practice.
	 * @throws InvalidInputException with every field's problem at once, including
	 * "already a member" and "already invited"
	 */
	@Transactional
	Created create(Actor actor, InviteForm form) {
		actor.require(Permission.USERS_MANAGE);
		return create(actor, actor.practiceId(), form, false);
	}

	/**
	 * Invites a person to a practice on behalf of an MSP administrator (the practice's
	 * first security officer, or one of the MSP's technicians); the caller has checked
	 * that the administrator serves the practice.
	 * @param mspTechnician whether accepting also makes the account one of the MSP's
	 * technicians
	 */
	@Transactional
	Created create(Actor actor, UUID practiceId, InviteForm form, boolean mspTechnician) {
		String email = UserAccountRepository.normalizeEmail(form.email());
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		AccountFields.name(problems, "name", form.name(), "Enter the person's name as it should appear on records.");
		AccountFields.email(problems, "email", email);
		problems.addIf(form.role() == null, "role", "Choose a role.");
		if (!problems.has("email")) {
			// Only this practice's own members and invitations count: whether the address
			// has an account anywhere else is never looked at here.
			if (this.memberships.members(practiceId).stream().anyMatch((member) -> member.email().equals(email))) {
				problems.add("email",
						"This person already belongs to the practice. Change their role or reactivate them in the list.");
			}
			else {
				openFor(practiceId, email)
					.ifPresent((open) -> problems.add("email", "This address was already invited on "
							+ LocalDate.ofInstant(open.createdAt(), actor.zone())
							+ "; that invitation is still open. Withdraw it below first if you want to send a new one."));
			}
		}
		problems.throwIfAny();
		Instant now = this.clock.instant();
		String token = Hashing.token(32);
		UUID id = UUID.randomUUID();
		String name = form.name().strip();
		this.jdbc.sql("""
				insert into invitation (practice_id, id, email, display_name, role, token_hash, invited_by, created_at,
				                        expires_at, msp_technician)
				values (:p, :id, :e, :n, :r, :h, :by, :now, :exp, :msp)""")
			.param("msp", mspTechnician)
			.param("p", practiceId)
			.param("id", id)
			.param("e", email)
			.param("n", name)
			.param("r", form.role().name())
			.param("h", Hashing.sha256(token))
			.param("by", actor.userId())
			.param("now", Timestamp.from(now))
			.param("exp", Timestamp.from(now.plus(VALIDITY)))
			.update();
		this.events.publishEvent(new InvitationSent(practiceId, id, name, email, form.role()));
		return new Created(token, find(practiceId, id).orElseThrow());
	}

	private Optional<InvitationDetails> openFor(UUID practiceId, String email) {
		return this.jdbc
			.sql(SELECT + " where i.practice_id = :p and i.email = :e and i.accepted_at is null "
					+ "and i.revoked_at is null and i.expires_at > :now")
			.param("p", practiceId)
			.param("e", email)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Invitations::map)
			.list()
			.stream()
			.findFirst();
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

	/**
	 * A new person accepts: creates their account and membership.
	 * @throws InvalidInputException with every field's problem at once; for an address
	 * that already has an account, a message for the whole form that sends its owner to
	 * sign in (only someone completing the form learns it)
	 * @throws StateConflictException if the invitation is no longer valid
	 */
	@Transactional
	UUID acceptAsNewAccount(String token, AcceptForm form) {
		InvitationDetails invitation = byToken(token)
			.orElseThrow(() -> StateConflictException.of("This invitation is no longer valid."));
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		AccountFields.name(problems, "name", form.name(), "Enter your name.");
		this.passwordPolicy.check(form.password(), invitation.email(), form.name(), invitation.practiceName())
			.ifPresent((reason) -> problems.add("password", reason));
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			problems.add("confirmPassword", "The two passwords are not the same.");
		}
		problems.throwIfAny();
		if (this.users.findByEmail(invitation.email()).isPresent()) {
			throw InvalidInputException.ofForm("No new account can be made for this address. If you already use "
					+ "Bulwark with it, sign in and open this link again to join.");
		}
		UUID userId = UUID.randomUUID();
		this.users.insert(userId, invitation.email(), form.name(), this.passwordEncoder.encode(form.password()),
				this.clock.instant());
		join(invitation, this.users.findById(userId).orElseThrow());
		return userId;
	}

	/**
	 * A person with an account, signed in as the invited address, accepts.
	 * @throws StateConflictException if the invitation is no longer valid or not theirs
	 */
	@Transactional
	void acceptAsExistingAccount(String token, Actor actor) {
		InvitationDetails invitation = byToken(token)
			.orElseThrow(() -> StateConflictException.of("This invitation is no longer valid."));
		if (!invitation.email().equals(UserAccountRepository.normalizeEmail(actor.email()))) {
			throw StateConflictException.of("This invitation is for a different e-mail address.");
		}
		if (this.memberships.find(invitation.practiceId(), actor.userId()).isPresent()) {
			throw StateConflictException.of("You already belong to this practice.");
		}
		join(invitation, this.users.findById(actor.userId()).orElseThrow());
	}

	@Transactional
	boolean revoke(Actor actor, UUID id) {
		actor.require(Permission.USERS_MANAGE);
		int changed = this.jdbc
			.sql("update invitation set revoked_at = :now where practice_id = :p and id = :id "
					+ "and accepted_at is null and revoked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("p", actor.practiceId())
			.param("id", id)
			.update();
		if (changed == 1) {
			this.events.publishEvent(new InvitationWithdrawn(actor.practiceId(), id));
		}
		return changed == 1;
	}

	private void join(InvitationDetails invitation, UserAccount user) {
		Instant now = this.clock.instant();
		this.memberships.insert(invitation.practiceId(), user.id(), invitation.role(), now);
		// An invitation from an MSP administrator to one of the MSP's technicians.
		this.jdbc.sql("""
				update app_user set msp_technician = true where id = :u and exists (
				  select 1 from invitation where practice_id = :p and id = :id and msp_technician = true)""")
			.param("u", user.id())
			.param("p", invitation.practiceId())
			.param("id", invitation.id())
			.update();
		this.jdbc.sql("update invitation set accepted_at = :now where practice_id = :p and id = :id")
			.param("now", Timestamp.from(now))
			.param("p", invitation.practiceId())
			.param("id", invitation.id())
			.update();
		this.events.publishEvent(new InvitationAccepted(invitation.practiceId(), user.id(), IdentityAudit.person(user),
				invitation.role()));
	}

	private static final String SELECT = """
			select i.practice_id, i.id, p.name, i.email, i.display_name, i.role, i.created_at, i.expires_at,
			       i.accepted_at, i.revoked_at
			from invitation i join practice p on p.id = i.practice_id""";

	private static InvitationDetails map(ResultSet rs, int row) throws SQLException {
		return new InvitationDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getString(5), Role.valueOf(rs.getString(6)),
				UserAccountRepository.instant(rs, "created_at"), UserAccountRepository.instant(rs, "expires_at"),
				UserAccountRepository.instant(rs, "accepted_at"), UserAccountRepository.instant(rs, "revoked_at"));
	}

}
