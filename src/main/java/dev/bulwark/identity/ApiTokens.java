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

import dev.bulwark.audit.AuditTrail;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a person for one practice, acting with that person's
 * current role there, expiring, revocable. Only a SHA-256 hash of the token is stored;
 * the token is shown once.
 */
@Service
class ApiTokens {

	static final String PREFIX = "bwk_";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityProperties properties;

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	record Created(String token, ApiTokenSummary summary) {
	}

	record Resolved(UUID tokenId, UUID userId, String email, String displayName, UUID practiceId, String practiceName,
			Role role, java.time.ZoneId zone, dev.bulwark.shared.MspRole mspRole) {
	}

	/** What the account page's token form sends. */
	record TokenForm(String name, Integer days) {
	}

	/**
	 * A token for the signed-in person in the practice they work in.
	 * @throws InvalidInputException naming the field at fault ({@code name},
	 * {@code days}), or the whole form when no practice is chosen
	 */
	@Transactional
	Created create(Actor actor, TokenForm form) {
		if (!actor.hasPractice()) {
			throw InvalidInputException.ofForm("Choose a practice first: a token works for one practice.");
		}
		return create(actor.practiceId(), actor.userId(), AuditTrail.label(actor.displayName(), actor.email()),
				form.name(), form.days());
	}

	/**
	 * A token for a member of a practice (the command line checks the membership).
	 * @param person how the owner appears in the audit trail
	 * @throws InvalidInputException naming the field at fault ({@code name},
	 * {@code days})
	 */
	@Transactional
	Created create(UUID practiceId, UUID userId, String person, String name, Integer days) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(name == null || name.isBlank() || name.strip().length() > 100, "name",
				"Give the token a name of 1 to 100 characters.");
		problems.addIf(days == null || days < 1 || days > this.properties.apiTokenMaxDays(), "days",
				"A token can last from 1 to " + this.properties.apiTokenMaxDays() + " days.");
		problems.throwIfAny();
		String token = PREFIX + Hashing.token(32);
		Instant now = this.clock.instant();
		ApiTokenSummary summary = new ApiTokenSummary(UUID.randomUUID(), name.strip(),
				token.substring(0, PREFIX.length() + 4) + "…", now, now.plus(Duration.ofDays(days)), null, null);
		this.jdbc.sql("""
				insert into api_token (practice_id, id, user_id, name, token_hash, token_hint, created_at, expires_at)
				values (:p, :id, :u, :name, :hash, :hint, :created, :expires)""")
			.param("p", practiceId)
			.param("id", summary.id())
			.param("u", userId)
			.param("name", summary.name())
			.param("hash", Hashing.sha256(token))
			.param("hint", summary.hint())
			.param("created", Timestamp.from(now))
			.param("expires", Timestamp.from(summary.expiresAt()))
			.update();
		this.events.publishEvent(
				new ApiTokenCreated(practiceId, summary.id(), userId, person, summary.name(), summary.expiresAt()));
		return new Created(token, summary);
	}

	List<ApiTokenSummary> list(UUID practiceId, UUID userId) {
		return this.jdbc
			.sql("select id, name, token_hint, created_at, expires_at, revoked_at, last_used_at "
					+ "from api_token where practice_id = :p and user_id = :u order by created_at desc")
			.param("p", practiceId)
			.param("u", userId)
			.query(ApiTokens::map)
			.list();
	}

	/** Revokes one of the person's own tokens in the current practice. */
	@Transactional
	boolean revoke(UUID practiceId, UUID userId, UUID tokenId) {
		int changed = this.jdbc
			.sql("update api_token set revoked_at = :now where practice_id = :p and user_id = :u "
					+ "and id = :id and revoked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("p", practiceId)
			.param("u", userId)
			.param("id", tokenId)
			.update();
		if (changed == 1) {
			this.events.publishEvent(new ApiTokenRevoked(practiceId, tokenId));
		}
		return changed == 1;
	}

	/** Revokes every token a person has in a practice (on deactivation). */
	@Transactional
	int revokeAll(UUID practiceId, UUID userId) {
		return this.jdbc.sql(
				"update api_token set revoked_at = :now where practice_id = :p and user_id = :u and revoked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("p", practiceId)
			.param("u", userId)
			.update();
	}

	/**
	 * "Last used" is kept to this precision, so that busy scripts do not write on every
	 * call.
	 */
	static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

	private record Used(Resolved resolved, boolean stale) {
	}

	/**
	 * Resolves a presented token to the person and practice it acts for, if it is known,
	 * unexpired, unrevoked, and its owner is still active in that practice.
	 */
	@Transactional
	Optional<Resolved> resolve(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<Resolved> resolved = this.jdbc.sql("""
				select t.id, t.user_id, u.email, u.display_name, t.practice_id, p.name, m.role, p.time_zone,
				t.last_used_at, u.installation_admin, u.msp_technician
				from api_token t
				join app_user u on u.id = t.user_id and u.active = true
				join membership m on m.practice_id = t.practice_id and m.user_id = t.user_id and m.active = true
				join practice p on p.id = t.practice_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now""")
			.param("hash", Hashing.sha256(token))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> {
				Instant lastUsed = UserAccountRepository.instant(rs, "last_used_at");
				boolean stale = lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_PRECISION));
				return new Used(
						new Resolved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
								rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
								Role.valueOf(rs.getString(7)), java.time.ZoneId.of(rs.getString(8)), ActorLookup
									.mspRole(rs.getBoolean("installation_admin"), rs.getBoolean("msp_technician"))),
						stale);
			})
			.optional()
			.map((used) -> {
				// A script calling many times a second would otherwise write (and
				// lock) the token's row on every call.
				if (used.stale()) {
					this.jdbc.sql("update api_token set last_used_at = :now where practice_id = :p and id = :id")
						.param("now", Timestamp.from(now))
						.param("p", used.resolved().practiceId())
						.param("id", used.resolved().tokenId())
						.update();
				}
				return used.resolved();
			});
		return resolved;
	}

	private static ApiTokenSummary map(ResultSet rs, int row) throws SQLException {
		return new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_hint"),
				UserAccountRepository.instant(rs, "created_at"), UserAccountRepository.instant(rs, "expires_at"),
				UserAccountRepository.instant(rs, "revoked_at"), UserAccountRepository.instant(rs, "last_used_at"));
	}

}
