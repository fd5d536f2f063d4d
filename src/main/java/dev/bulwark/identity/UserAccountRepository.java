package dev.bulwark.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

	private static final String COLUMNS = "id, email, display_name, password_hash, active, totp_secret, "
			+ "totp_confirmed_at, totp_last_step, failed_sign_ins, locked_until, failed_codes, codes_blocked_until, "
			+ "created_at, last_sign_in_at, last_practice_id, installation_admin";

	private final JdbcClient jdbc;

	UserAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	void insert(UUID id, String email, String displayName, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into app_user (id, email, display_name, password_hash, active, created_at)
				values (:id, :email, :name, :hash, true, :now)""")
			.param("id", id)
			.param("email", normalizeEmail(email))
			.param("name", displayName.trim())
			.param("hash", passwordHash)
			.param("now", ts(now))
			.update();
	}

	Optional<UserAccount> findByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
			.param("email", normalizeEmail(email))
			.query(UserAccountRepository::map)
			.optional();
	}

	Optional<UserAccount> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
			.param("id", id)
			.query(UserAccountRepository::map)
			.optional();
	}

	void recordFailedSignIn(UUID id, int failures, Instant lockedUntil) {
		this.jdbc.sql("update app_user set failed_sign_ins = :f, locked_until = :l where id = :id")
			.param("f", failures)
			.param("l", ts(lockedUntil))
			.param("id", id)
			.update();
	}

	void recordPasswordAccepted(UUID id) {
		this.jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	void recordFailedCode(UUID id, int failures, Instant blockedUntil) {
		this.jdbc.sql("update app_user set failed_codes = :f, codes_blocked_until = :b where id = :id")
			.param("f", failures)
			.param("b", ts(blockedUntil))
			.param("id", id)
			.update();
	}

	void recordSignedIn(UUID id, Instant now) {
		this.jdbc
			.sql("update app_user set failed_codes = 0, codes_blocked_until = null, last_sign_in_at = :now "
					+ "where id = :id")
			.param("now", ts(now))
			.param("id", id)
			.update();
	}

	/**
	 * Stores the step of an accepted TOTP code; refuses (returns false) a step already
	 * used, so no replay.
	 */
	boolean acceptTotpStep(UUID id, long step) {
		return this.jdbc
			.sql("update app_user set totp_last_step = :step where id = :id "
					+ "and (totp_last_step is null or totp_last_step < :step)")
			.param("step", step)
			.param("id", id)
			.update() == 1;
	}

	void saveTotp(UUID id, byte[] sealedSecret, Instant confirmedAt, long step) {
		this.jdbc
			.sql("update app_user set totp_secret = :s, totp_confirmed_at = :c, totp_last_step = :step "
					+ "where id = :id")
			.param("s", sealedSecret)
			.param("c", ts(confirmedAt))
			.param("step", step)
			.param("id", id)
			.update();
	}

	void clearSecondFactors(UUID id) {
		this.jdbc
			.sql("update app_user set totp_secret = null, totp_confirmed_at = null, totp_last_step = null, "
					+ "failed_codes = 0, codes_blocked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	void updatePassword(UUID id, String hash) {
		this.jdbc.sql("update app_user set password_hash = :h where id = :id")
			.param("h", hash)
			.param("id", id)
			.update();
	}

	void updateDisplayName(UUID id, String name) {
		this.jdbc.sql("update app_user set display_name = :n where id = :id")
			.param("n", name.trim())
			.param("id", id)
			.update();
	}

	/**
	 * Whether the person chose to see citations and technical terms ("Show auditor
	 * details").
	 */
	boolean auditorView(UUID id) {
		return this.jdbc.sql("select auditor_view from app_user where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void updateAuditorView(UUID id, boolean shown) {
		this.jdbc.sql("update app_user set auditor_view = :v where id = :id")
			.param("v", shown)
			.param("id", id)
			.update();
	}

	void grantInstallationAdmin(UUID id) {
		this.jdbc.sql("update app_user set installation_admin = true where id = :id").param("id", id).update();
	}

	/**
	 * Sets the person's role above the practices ({@code null}: none). The installation
	 * administrator is the MSP administrator.
	 */
	int setMspRole(UUID id, dev.bulwark.shared.MspRole role) {
		return this.jdbc
			.sql("update app_user set installation_admin = :admin, msp_technician = :technician where id = :id")
			.param("admin", role == dev.bulwark.shared.MspRole.ADMINISTRATOR)
			.param("technician", role == dev.bulwark.shared.MspRole.TECHNICIAN)
			.param("id", id)
			.update();
	}

	/** Active MSP administrators other than the given account. */
	int otherActiveAdministrators(UUID id) {
		return this.jdbc
			.sql("select count(*) from app_user where installation_admin = true and active = true and id <> :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/** The installation administrators' names, for telling officers whom to ask. */
	java.util.List<String> installationAdminNames() {
		return this.jdbc
			.sql("select display_name from app_user where installation_admin = true and active = true "
					+ "order by display_name")
			.query(String.class)
			.list();
	}

	void rememberPractice(UUID id, UUID practiceId) {
		this.jdbc.sql("update app_user set last_practice_id = :p where id = :id")
			.param("p", practiceId)
			.param("id", id)
			.update();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		long step = rs.getLong("totp_last_step");
		Long lastStep = rs.wasNull() ? null : step;
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getBoolean("active"), rs.getBytes("totp_secret"),
				instant(rs, "totp_confirmed_at"), lastStep, rs.getInt("failed_sign_ins"), instant(rs, "locked_until"),
				rs.getInt("failed_codes"), instant(rs, "codes_blocked_until"), instant(rs, "created_at"),
				instant(rs, "last_sign_in_at"), rs.getObject("last_practice_id", UUID.class),
				rs.getBoolean("installation_admin"));
	}

}
