package dev.bulwark.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sanction records. Every statement names the practice. */
@Repository
class SanctionRepository {

	private static final String SELECT = """
			select s.id, s.person_id, p.name as person_name, s.occurred_on, s.policy_violated, s.what_happened,
			       s.sanction, s.recorded_by_name, s.recorded_at
			from wf_sanction s
			join wf_person p on p.practice_id = s.practice_id and p.id = s.person_id
			""";

	private final JdbcClient jdbc;

	SanctionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Actor actor, UUID id, SanctionForm form, Instant now) {
		this.jdbc.sql("""
				insert into wf_sanction (practice_id, id, person_id, occurred_on, policy_violated, what_happened,
				    sanction, recorded_by, recorded_by_name, recorded_at)
				values (:practice, :id, :person, :occurredOn, :policy, :what, :sanction, :user, :name, :now)""")
			.param("practice", actor.practiceId())
			.param("id", id)
			.param("person", form.personId())
			.param("occurredOn", form.occurredOn())
			.param("policy", form.policyViolated())
			.param("what", form.whatHappened())
			.param("sanction", form.sanction())
			.param("user", actor.userId())
			.param("name", actor.displayName())
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<Sanction> find(UUID practiceId, UUID id) {
		return this.jdbc.sql(SELECT + " where s.practice_id = :practice and s.id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(SanctionRepository::sanction)
			.optional();
	}

	/** One page, newest first. */
	List<Sanction> list(UUID practiceId, int offset, int size) {
		return this.jdbc.sql(SELECT + """
				 where s.practice_id = :practice order by s.occurred_on desc, s.recorded_at desc, s.id
				limit :size offset :offset""")
			.param("practice", practiceId)
			.param("size", size)
			.param("offset", offset)
			.query(SanctionRepository::sanction)
			.list();
	}

	long count(UUID practiceId) {
		return this.jdbc.sql("select count(*) from wf_sanction where practice_id = :practice")
			.param("practice", practiceId)
			.query(Long.class)
			.single();
	}

	/** Every record, for the binder. */
	List<Sanction> all(UUID practiceId) {
		return this.jdbc.sql(SELECT + " where s.practice_id = :practice order by s.occurred_on, s.id")
			.param("practice", practiceId)
			.query(SanctionRepository::sanction)
			.list();
	}

	private static Sanction sanction(ResultSet rs, int n) throws SQLException {
		return new Sanction(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("person_name"), rs.getObject("occurred_on", LocalDate.class),
				rs.getString("policy_violated"), rs.getString("what_happened"), rs.getString("sanction"),
				rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant());
	}

}
