package dev.bulwark.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** System accounts and the systems people use. Every statement names the practice. */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select a.id, a.person_id, p.name as person_name, a.system_id, a.system_name, a.username, a.privilege,
			       a.mfa, a.disabled_on
			from wf_account a
			join wf_person p on p.practice_id = a.practice_id and p.id = a.person_id
			""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID id, UUID personId, String systemName, AccountForm form, Instant now) {
		this.jdbc.sql("""
				insert into wf_account (practice_id, id, person_id, system_id, system_name, username, privilege, mfa,
				    disabled_on, created_at, updated_at)
				values (:practice, :id, :person, :system, :systemName, :username, :privilege, :mfa, :disabledOn,
				    :now, :now)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("person", personId)
			.param("system", form.systemId())
			.param("systemName", systemName)
			.param("username", form.username())
			.param("privilege", form.privilege().name())
			.param("mfa", form.mfa())
			.param("disabledOn", form.disabledOn())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(UUID practiceId, UUID id, String systemName, AccountForm form, Instant now) {
		this.jdbc.sql("""
				update wf_account set system_id = :system, system_name = :systemName, username = :username,
				    privilege = :privilege, mfa = :mfa, disabled_on = :disabledOn, updated_at = :now
				where practice_id = :practice and id = :id""")
			.param("system", form.systemId())
			.param("systemName", systemName)
			.param("username", form.username())
			.param("privilege", form.privilege().name())
			.param("mfa", form.mfa())
			.param("disabledOn", form.disabledOn())
			.param("now", Timestamp.from(now))
			.param("practice", practiceId)
			.param("id", id)
			.update();
	}

	/** Disables an account still enabled; returns whether it was. */
	boolean disable(UUID practiceId, UUID id, LocalDate on, Instant now) {
		return this.jdbc.sql("""
				update wf_account set disabled_on = :on, updated_at = :now
				where practice_id = :practice and id = :id and disabled_on is null""")
			.param("on", on)
			.param("now", Timestamp.from(now))
			.param("practice", practiceId)
			.param("id", id)
			.update() > 0;
	}

	Optional<SystemAccount> find(UUID practiceId, UUID personId, UUID id) {
		return this.jdbc.sql(SELECT + " where a.practice_id = :practice and a.person_id = :person and a.id = :id")
			.param("practice", practiceId)
			.param("person", personId)
			.param("id", id)
			.query(AccountRepository::account)
			.optional();
	}

	/** A person's accounts (a handful), enabled first, by system. */
	List<SystemAccount> forPerson(UUID practiceId, UUID personId) {
		return this.jdbc.sql(SELECT + """
				 where a.practice_id = :practice and a.person_id = :person
				order by case when a.disabled_on is null then 0 else 1 end, lower(a.system_name), lower(a.username)""")
			.param("practice", practiceId)
			.param("person", personId)
			.query(AccountRepository::account)
			.list();
	}

	/** Every account of the practice, for findings, access reviews and the binder. */
	List<SystemAccount> all(UUID practiceId) {
		return this.jdbc.sql(SELECT + """
				 where a.practice_id = :practice
				order by lower(a.system_name), lower(a.username), lower(p.name), a.id""")
			.param("practice", practiceId)
			.query(AccountRepository::account)
			.list();
	}

	/** The systems a person uses. */
	List<UUID> systemsUsed(UUID practiceId, UUID personId) {
		return this.jdbc
			.sql("select system_id from wf_system_use where practice_id = :practice and person_id = :person")
			.param("practice", practiceId)
			.param("person", personId)
			.query(UUID.class)
			.list();
	}

	/** Every person's systems, as (person, system) pairs. */
	List<UUID[]> allSystemUses(UUID practiceId) {
		return this.jdbc.sql("select person_id, system_id from wf_system_use where practice_id = :practice")
			.param("practice", practiceId)
			.query((rs,
					n) -> new UUID[] { rs.getObject("person_id", UUID.class), rs.getObject("system_id", UUID.class) })
			.list();
	}

	void replaceSystemsUsed(UUID practiceId, UUID personId, List<UUID> systemIds) {
		this.jdbc.sql("delete from wf_system_use where practice_id = :practice and person_id = :person")
			.param("practice", practiceId)
			.param("person", personId)
			.update();
		for (UUID systemId : systemIds) {
			this.jdbc.sql("""
					insert into wf_system_use (practice_id, person_id, system_id)
					values (:practice, :person, :system)""")
				.param("practice", practiceId)
				.param("person", personId)
				.param("system", systemId)
				.update();
		}
	}

	private static SystemAccount account(ResultSet rs, int row) throws SQLException {
		return new SystemAccount(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("person_name"), rs.getObject("system_id", UUID.class), rs.getString("system_name"),
				rs.getString("username"), Privilege.valueOf(rs.getString("privilege")), rs.getBoolean("mfa"),
				rs.getObject("disabled_on", LocalDate.class));
	}

}
