package dev.bulwark.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PracticeRepository {

	private static final String COLUMNS = "id, name, created_at, idle_timeout_minutes, nprm_mode, risk_matrix, time_zone, archived_at";

	private final JdbcClient jdbc;

	PracticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param lastTickDate the local date whose day-began event is taken as published: the
	 * date the practice was created on
	 */
	void insert(PracticeDetails practice, LocalDate lastTickDate) {
		this.jdbc.sql("""
				insert into practice (id, name, name_key, created_at, idle_timeout_minutes, nprm_mode, risk_matrix,
				                      time_zone, last_tick_date)
				values (:id, :name, :nameKey, :createdAt, :idle, :nprm, :matrix, :zone, :lastTick)""")
			.param("id", practice.id())
			.param("name", practice.name())
			.param("nameKey", nameKey(practice.name()))
			.param("createdAt", Timestamp.from(practice.createdAt()))
			.param("idle", practice.idleTimeoutMinutes())
			.param("nprm", practice.nprmMode())
			.param("matrix", practice.riskMatrix())
			.param("zone", practice.zone().getId())
			.param("lastTick", lastTickDate)
			.update();
	}

	void update(UUID id, PracticeSettingsForm form, ZoneId zone) {
		this.jdbc.sql("""
				update practice set name = :name, name_key = :nameKey, idle_timeout_minutes = :idle,
				nprm_mode = :nprm, risk_matrix = :matrix, time_zone = :zone where id = :id""")
			.param("id", id)
			.param("name", form.name().trim())
			.param("nameKey", nameKey(form.name()))
			.param("idle", form.idleTimeoutMinutes())
			.param("nprm", form.nprmMode())
			.param("matrix", form.riskMatrix())
			.param("zone", zone.getId())
			.update();
	}

	/** Every practice's zone and the local date of its last day-began event. */
	List<TickState> tickStates() {
		// An archived practice is kept as it was: its day no longer begins.
		return this.jdbc.sql("select id, time_zone, last_tick_date from practice where archived_at is null order by id")
			.query((rs, row) -> new TickState(rs.getObject("id", UUID.class), ZoneId.of(rs.getString("time_zone")),
					rs.getObject("last_tick_date", LocalDate.class)))
			.list();
	}

	/**
	 * Records that the practice's day {@code today} has begun, unless that was already
	 * recorded (by another node or an earlier run). The row lock the update takes makes a
	 * concurrent second attempt wait and then find nothing to update.
	 * @return whether this call recorded it, i.e. whether the caller publishes the event
	 */
	boolean markDayBegun(UUID id, LocalDate today) {
		return this.jdbc.sql("""
				update practice set last_tick_date = :today
				where id = :id and (last_tick_date is null or last_tick_date < :today)""")
			.param("id", id)
			.param("today", today)
			.update() == 1;
	}

	/** A practice as the daily tick sees it. */
	record TickState(UUID id, ZoneId zone, LocalDate lastTickDate) {
	}

	Optional<PracticeDetails> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from practice where id = :id")
			.param("id", id)
			.query(PracticeRepository::map)
			.optional();
	}

	Optional<PracticeDetails> findByName(String name) {
		return this.jdbc.sql("select " + COLUMNS + " from practice where name_key = :key")
			.param("key", nameKey(name))
			.query(PracticeRepository::map)
			.optional();
	}

	boolean nameTaken(String name, UUID except) {
		return this.jdbc.sql("select count(*) from practice where name_key = :key and id <> :id")
			.param("key", nameKey(name))
			.param("id", except)
			.query(Long.class)
			.single() > 0;
	}

	List<PracticeDetails> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from practice where id in (:ids) order by name")
			.param("ids", ids)
			.query(PracticeRepository::map)
			.list();
	}

	/**
	 * Archives the practice, or restores it ({@code at} null).
	 * @return whether it changed
	 */
	boolean setArchived(UUID id, java.time.Instant at, String by) {
		return this.jdbc
			.sql("update practice set archived_at = :at, archived_by = :by where id = :id and "
					+ (at == null ? "archived_at is not null" : "archived_at is null"))
			.param("id", id)
			.param("at", at == null ? null : Timestamp.from(at))
			.param("by", by)
			.update() == 1;
	}

	/** Whether the practice is archived (one small query per changing request). */
	boolean isArchived(UUID id) {
		return this.jdbc.sql("select count(*) from practice where id = :id and archived_at is not null")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return this.jdbc.sql("select count(*) from practice").query(Long.class).single();
	}

	static String nameKey(String name) {
		return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static PracticeDetails map(ResultSet rs, int row) throws SQLException {
		return new PracticeDetails(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("idle_timeout_minutes"),
				rs.getBoolean("nprm_mode"), rs.getString("risk_matrix"), ZoneId.of(rs.getString("time_zone")),
				rs.getTimestamp("archived_at") == null ? null : rs.getTimestamp("archived_at").toInstant());
	}

}
