package dev.bulwark.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records of training taken outside Bulwark; every statement names the practice. */
@Repository
class OutsideTrainingRepository {

	private static final String COLUMNS = "id, user_id, person_name, course, provider, completed_on, hours, notes, "
			+ "recorded_at";

	private final JdbcClient jdbc;

	OutsideTrainingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, OutsideTraining record, UUID recordedBy) {
		this.jdbc
			.sql("insert into trn_outside_training (practice_id, " + COLUMNS + ", recorded_by) values (:practiceId, "
					+ ":id, :userId, :person, :course, :provider, :completedOn, :hours, :notes, :recordedAt, :by)")
			.param("practiceId", practiceId)
			.param("id", record.id())
			.param("userId", record.userId())
			.param("person", record.personName())
			.param("course", record.course())
			.param("provider", record.provider())
			.param("completedOn", record.completedOn())
			.param("hours", record.hours())
			.param("notes", record.notes())
			.param("recordedAt", Timestamp.from(record.recordedAt()))
			.param("by", recordedBy)
			.update();
	}

	Optional<OutsideTraining> find(UUID practiceId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_outside_training where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(OutsideTrainingRepository::row)
			.optional();
	}

	/**
	 * One page, newest completion first; a person's only when {@code userId} is given.
	 */
	List<OutsideTraining> page(UUID practiceId, UUID userId, int offset, int limit) {
		String person = (userId != null) ? " and user_id = :userId" : "";
		var sql = this.jdbc
			.sql("select " + COLUMNS + " from trn_outside_training where practice_id = :practiceId" + person
					+ " order by completed_on desc, recorded_at desc, id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("offset", offset)
			.param("limit", limit);
		if (userId != null) {
			sql = sql.param("userId", userId);
		}
		return sql.query(OutsideTrainingRepository::row).list();
	}

	long count(UUID practiceId, UUID userId) {
		String person = (userId != null) ? " and user_id = :userId" : "";
		var sql = this.jdbc.sql("select count(*) from trn_outside_training where practice_id = :practiceId" + person)
			.param("practiceId", practiceId);
		if (userId != null) {
			sql = sql.param("userId", userId);
		}
		return sql.query(Long.class).single();
	}

	/** Every record, newest first (for the binder). */
	List<OutsideTraining> all(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_outside_training where practice_id = :practiceId "
					+ "order by completed_on desc, recorded_at desc, id")
			.param("practiceId", practiceId)
			.query(OutsideTrainingRepository::row)
			.list();
	}

	private static OutsideTraining row(ResultSet rs, int row) throws SQLException {
		return new OutsideTraining(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("person_name"), rs.getString("course"), rs.getString("provider"),
				rs.getObject("completed_on", LocalDate.class),
				rs.getBigDecimal("hours").setScale(1, java.math.RoundingMode.HALF_UP), rs.getString("notes"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
