package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.MspRole;
import dev.bulwark.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One query per request: the account (with its choice of wording) and every practice it
 * is an active member of, with the role and the practice's automatic-logoff setting.
 */
@Repository
class ActorLookup {

	private final JdbcClient jdbc;

	ActorLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UUID userId, String email, String displayName, boolean active, UUID lastPracticeId, UUID practiceId,
			String practiceName, Role role, Integer idleMinutes, java.time.ZoneId zone, MspRole mspRole,
			boolean auditorView) {
	}

	/**
	 * The person's role above the practices: the installation administrator is the MSP
	 * administrator.
	 */
	static MspRole mspRole(boolean installationAdmin, boolean mspTechnician) {
		return installationAdmin ? MspRole.ADMINISTRATOR : mspTechnician ? MspRole.TECHNICIAN : null;
	}

	List<Row> byEmail(String email) {
		return query(email, "", null);
	}

	/**
	 * The person with their membership of one practice only: one row, whose practice is
	 * empty when they are no (active) member there. An MSP person belongs to hundreds of
	 * practices, and every request needs only the one it works in.
	 */
	List<Row> byEmail(String email, UUID practiceId) {
		return query(email, " and m.practice_id = :practiceId", practiceId);
	}

	private List<Row> query(String email, String membershipCondition, UUID practiceId) {
		var statement = this.jdbc
			.sql("""
					select u.id, u.email, u.display_name, u.active, u.last_practice_id, u.installation_admin, u.msp_technician, u.auditor_view,
					       p.id as practice_id, p.name as practice_name, m.role, p.idle_timeout_minutes,
					       p.time_zone
					from app_user u
					left join membership m on m.user_id = u.id and m.active = true"""
					+ membershipCondition + """

							left join practice p on p.id = m.practice_id
							where u.email = :email
							order by p.name""")
			.param("email", UserAccountRepository.normalizeEmail(email));
		if (practiceId != null) {
			statement = statement.param("practiceId", practiceId);
		}
		return statement.query((rs, row) -> {
			String role = rs.getString("role");
			int idle = rs.getInt("idle_timeout_minutes");
			return new Row(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
					rs.getBoolean("active"), rs.getObject("last_practice_id", UUID.class),
					rs.getObject("practice_id", UUID.class), rs.getString("practice_name"),
					role == null ? null : Role.valueOf(role), rs.wasNull() ? null : idle,
					rs.getString("time_zone") == null ? null : java.time.ZoneId.of(rs.getString("time_zone")),
					mspRole(rs.getBoolean("installation_admin"), rs.getBoolean("msp_technician")),
					rs.getBoolean("auditor_view"));
		}).list();
	}

}
