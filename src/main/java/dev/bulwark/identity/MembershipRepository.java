package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID userId, Role role, Instant now) {
		this.jdbc.sql("""
				insert into membership (practice_id, user_id, role, active, created_at)
				values (:p, :u, :r, true, :now)""")
			.param("p", practiceId)
			.param("u", userId)
			.param("r", role.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The active role of a person in a practice, if any. */
	Optional<Role> activeRole(UUID practiceId, UUID userId) {
		return this.jdbc.sql("select role from membership where practice_id = :p and user_id = :u and active = true")
			.param("p", practiceId)
			.param("u", userId)
			.query((rs, row) -> Role.valueOf(rs.getString(1)))
			.optional();
	}

	Optional<MemberSummary> find(UUID practiceId, UUID userId) {
		return this.jdbc.sql(SELECT_MEMBERS + " where m.practice_id = :p and m.user_id = :u")
			.param("p", practiceId)
			.param("u", userId)
			.query(MembershipRepository::map)
			.optional();
	}

	List<MemberSummary> members(UUID practiceId) {
		return this.jdbc.sql(SELECT_MEMBERS + " where m.practice_id = :p order by u.display_name")
			.param("p", practiceId)
			.query(MembershipRepository::map)
			.list();
	}

	List<UUID> activePracticeIds(UUID userId) {
		return this.jdbc.sql("select practice_id from membership where user_id = :u and active = true")
			.param("u", userId)
			.query(UUID.class)
			.list();
	}

	/** Every practice the person has a membership of, active or deactivated. */
	List<UUID> practiceIds(UUID userId) {
		return this.jdbc.sql("select practice_id from membership where user_id = :u")
			.param("u", userId)
			.query(UUID.class)
			.list();
	}

	/**
	 * Members of the practice who also have a membership (active or not) of another
	 * practice: their second factor is the installation administrator's to reset.
	 */
	java.util.Set<UUID> alsoElsewhere(UUID practiceId) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select distinct m.user_id from membership m
				join membership o on o.user_id = m.user_id and o.practice_id <> m.practice_id
				where m.practice_id = :p""").param("p", practiceId).query(UUID.class).list());
	}

	int changeRole(UUID practiceId, UUID userId, Role role) {
		return this.jdbc.sql("update membership set role = :r where practice_id = :p and user_id = :u")
			.param("r", role.name())
			.param("p", practiceId)
			.param("u", userId)
			.update();
	}

	int setActive(UUID practiceId, UUID userId, boolean active, Instant now) {
		return this.jdbc
			.sql("update membership set active = :a, deactivated_at = :d where practice_id = :p and user_id = :u")
			.param("a", active)
			.param("d", active ? null : Timestamp.from(now))
			.param("p", practiceId)
			.param("u", userId)
			.update();
	}

	long countActive(UUID practiceId, Role role) {
		return this.jdbc.sql("select count(*) from membership where practice_id = :p and role = :r and active = true")
			.param("p", practiceId)
			.param("r", role.name())
			.query(Long.class)
			.single();
	}

	private static final String SELECT_MEMBERS = """
			select u.id, u.display_name, u.email, m.role, m.active, u.totp_confirmed_at, u.last_sign_in_at
			from membership m join app_user u on u.id = m.user_id""";

	private static MemberSummary map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MemberSummary(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
				rs.getTimestamp("totp_confirmed_at") != null, UserAccountRepository.instant(rs, "last_sign_in_at"));
	}

}
