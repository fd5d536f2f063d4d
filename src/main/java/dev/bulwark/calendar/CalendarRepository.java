package dev.bulwark.calendar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.DueItemsReported.Basis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar items. Every statement is scoped by practice. */
@Repository
class CalendarRepository {

	private static final String COLUMNS = """
			practice_id, id, kind, source, item_key, title, description, due_on, due_at, basis, obligation_key,
			citation, owner_user_id, link, frequency, anchor_on, occurrence, status, created_at, created_by,
			completed_at, completed_on, completed_by, completed_by_name, completion_note, closed_at""";

	/** Proposed-rule items only in NPRM-ready mode. */
	private static final String VISIBLE = " and (basis <> 'PROPOSED' or :nprm = true)";

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CalendarItem item) {
		this.jdbc.sql("insert into cal_item (" + COLUMNS + ") values (:practice, :id, :kind, :source, :key, :title,"
				+ " :description, :dueOn, :dueAt, :basis, :obligation, :citation, :owner, :link, :frequency, :anchor,"
				+ " :occurrence, :status, :createdAt, :createdBy, :completedAt, :completedOn, :completedBy,"
				+ " :completedByName, :note, :closedAt)")
			.params(params(item))
			.update();
	}

	void update(CalendarItem item) {
		this.jdbc.sql("""
				update cal_item set title = :title, description = :description, due_on = :dueOn, due_at = :dueAt,
				basis = :basis, obligation_key = :obligation, citation = :citation, owner_user_id = :owner,
				link = :link, frequency = :frequency, anchor_on = :anchor, occurrence = :occurrence, status = :status,
				completed_at = :completedAt, completed_on = :completedOn, completed_by = :completedBy,
				completed_by_name = :completedByName, completion_note = :note, closed_at = :closedAt
				where practice_id = :practice and id = :id""").params(params(item)).update();
	}

	Optional<CalendarItem> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from cal_item where practice_id = :practice and id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(CalendarRepository::row)
			.optional();
	}

	/** The open items one source reported. */
	List<CalendarItem> openOfSource(UUID practiceId, String source) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cal_item where practice_id = :practice and status = 'OPEN'"
					+ " and kind = 'SOURCE' and source = :source")
			.param("practice", practiceId)
			.param("source", source)
			.query(CalendarRepository::row)
			.list();
	}

	/** Open items of one kind. */
	List<CalendarItem> openOfKind(UUID practiceId, TaskKind kind) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cal_item where practice_id = :practice and status = 'OPEN'"
					+ " and kind = :kind")
			.param("practice", practiceId)
			.param("kind", kind.name())
			.query(CalendarRepository::row)
			.list();
	}

	/** Obligation keys that some module's open items fulfil. */
	List<String> obligationsReportedBySources(UUID practiceId) {
		return this.jdbc
			.sql("select distinct obligation_key from cal_item where practice_id = :practice and kind = 'SOURCE'"
					+ " and status = 'OPEN' and obligation_key is not null")
			.param("practice", practiceId)
			.query(String.class)
			.list();
	}

	/** One page of items, soonest due first (open) or latest done first (closed). */
	List<CalendarItem> list(UUID practiceId, boolean nprm, TaskFilter filter, int offset, int limit) {
		Map<String, Object> params = filterParams(practiceId, nprm, filter);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("select " + COLUMNS + " from cal_item where practice_id = :practice" + VISIBLE + where(filter)
					+ order(filter) + " limit :limit offset :offset")
			.params(params)
			.query(CalendarRepository::row)
			.list();
	}

	long count(UUID practiceId, boolean nprm, TaskFilter filter) {
		return this.jdbc.sql("select count(*) from cal_item where practice_id = :practice" + VISIBLE + where(filter))
			.params(filterParams(practiceId, nprm, filter))
			.query(Long.class)
			.single();
	}

	/** Every open item due on or before a date (reports, reminders, the feed). */
	List<CalendarItem> openDueBy(UUID practiceId, boolean nprm, LocalDate until) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cal_item where practice_id = :practice and status = 'OPEN'" + VISIBLE
					+ " and due_on <= :until order by due_on, title, id")
			.param("practice", practiceId)
			.param("nprm", nprm)
			.param("until", Date.valueOf(until))
			.query(CalendarRepository::row)
			.list();
	}

	/** An open item's dates, for counting overdue items over many practices. */
	record OpenDate(UUID practiceId, String basis, LocalDate dueOn, java.time.Instant dueAt) {
	}

	/**
	 * Open items of many practices due on or before a date: one query (the portfolio).
	 */
	List<OpenDate> openDueBy(java.util.Collection<UUID> practiceIds, LocalDate until) {
		return this.jdbc.sql("""
				select practice_id, basis, due_on, due_at from cal_item
				where practice_id in (:ids) and status = 'OPEN' and due_on <= :until""")
			.param("ids", practiceIds)
			.param("until", Date.valueOf(until))
			.query((rs, row) -> new OpenDate(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * Every item ever recorded, by due date: the calendar history for the audit binder.
	 */
	List<CalendarItem> history(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cal_item where practice_id = :practice and status <> 'SUPERSEDED'"
					+ " order by due_on, title, id")
			.param("practice", practiceId)
			.query(CalendarRepository::row)
			.list();
	}

	private static String where(TaskFilter filter) {
		StringBuilder where = new StringBuilder();
		switch (filter.show()) {
			case OPEN -> where.append(" and status = 'OPEN'");
			case DONE -> where.append(" and status in ('DONE', 'DONE_BY_SOURCE')");
			case ALL -> where.append(" and status <> 'SUPERSEDED'");
		}
		if (filter.ownerUserId() != null) {
			where.append(" and owner_user_id = :owner");
		}
		if (filter.basis() != null) {
			where.append(" and basis = :basis");
		}
		return where.toString();
	}

	private static String order(TaskFilter filter) {
		return (filter.show() == TaskFilter.Show.DONE) ? " order by completed_on desc, due_on desc, id"
				: " order by due_on, title, id";
	}

	private static Map<String, Object> filterParams(UUID practiceId, boolean nprm, TaskFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("practice", practiceId);
		params.put("nprm", nprm);
		if (filter.ownerUserId() != null) {
			params.put("owner", filter.ownerUserId());
		}
		if (filter.basis() != null) {
			params.put("basis", filter.basis().name());
		}
		return params;
	}

	private static Map<String, Object> params(CalendarItem item) {
		Map<String, Object> params = new HashMap<>();
		params.put("practice", item.practiceId());
		params.put("id", item.id());
		params.put("kind", item.kind().name());
		params.put("source", item.source());
		params.put("key", item.key());
		params.put("title", item.title());
		params.put("description", item.description());
		params.put("dueOn", Date.valueOf(item.dueOn()));
		params.put("dueAt", timestamp(item.dueAt()));
		params.put("basis", item.basis().name());
		params.put("obligation", item.obligationKey());
		params.put("citation", item.citation());
		params.put("owner", item.ownerUserId());
		params.put("link", item.link());
		params.put("frequency", (item.frequency() != null) ? item.frequency().toString() : null);
		params.put("anchor", date(item.anchorOn()));
		params.put("occurrence", item.occurrence());
		params.put("status", item.status().name());
		params.put("createdAt", timestamp(item.createdAt()));
		params.put("createdBy", item.createdBy());
		params.put("completedAt", timestamp(item.completedAt()));
		params.put("completedOn", date(item.completedOn()));
		params.put("completedBy", item.completedBy());
		params.put("completedByName", item.completedByName());
		params.put("note", item.completionNote());
		params.put("closedAt", timestamp(item.closedAt()));
		return params;
	}

	private static CalendarItem row(ResultSet rs, int n) throws SQLException {
		String frequency = rs.getString("frequency");
		return new CalendarItem(rs.getObject("practice_id", UUID.class), rs.getObject("id", UUID.class),
				TaskKind.valueOf(rs.getString("kind")), rs.getString("source"), rs.getString("item_key"),
				rs.getString("title"), rs.getString("description"), localDate(rs, "due_on"), instant(rs, "due_at"),
				Basis.valueOf(rs.getString("basis")), rs.getString("obligation_key"), rs.getString("citation"),
				rs.getObject("owner_user_id", UUID.class), rs.getString("link"),
				(frequency != null) ? Period.parse(frequency) : null, localDate(rs, "anchor_on"),
				rs.getInt("occurrence"), TaskStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
				rs.getObject("created_by", UUID.class), instant(rs, "completed_at"), localDate(rs, "completed_on"),
				rs.getObject("completed_by", UUID.class), rs.getString("completed_by_name"),
				rs.getString("completion_note"), instant(rs, "closed_at"));
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
