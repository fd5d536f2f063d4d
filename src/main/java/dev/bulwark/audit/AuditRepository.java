package dev.bulwark.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private static final String COLUMNS = "practice_id, seq, occurred_at, actor_user_id, actor_label, action, "
			+ "object_type, object_id, summary, remote_address, prev_hash, hash";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the chain head for the rest of the transaction, creating it for a new
	 * practice.
	 */
	ChainHead lockHead(UUID practiceId) {
		Optional<ChainHead> head = selectHeadForUpdate(practiceId);
		if (head.isPresent()) {
			return head.get();
		}
		// Only the very first event of a practice (its creation, inside the creating
		// transaction) gets here,
		// so no other transaction can race this insert.
		this.jdbc.sql("insert into audit_chain (practice_id, last_seq, last_hash) values (:p, 0, :h)")
			.param("p", practiceId)
			.param("h", AuditHash.GENESIS)
			.update();
		return selectHeadForUpdate(practiceId).orElseThrow();
	}

	private Optional<ChainHead> selectHeadForUpdate(UUID practiceId) {
		return this.jdbc.sql("select last_seq, last_hash from audit_chain where practice_id = :p for update")
			.param("p", practiceId)
			.query((rs, row) -> new ChainHead(practiceId, rs.getLong(1), rs.getString(2)))
			.optional();
	}

	void append(AuditEntry entry) {
		this.jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:practiceId, :seq, :occurredAt, "
				+ ":actorUserId, :actorLabel, :action, :objectType, :objectId, :summary, :remoteAddress, :prevHash, :hash)")
			.param("practiceId", entry.practiceId())
			.param("seq", entry.seq())
			.param("occurredAt", Timestamp.from(entry.occurredAt()))
			.param("actorUserId", entry.actorUserId())
			.param("actorLabel", entry.actorLabel())
			.param("action", entry.action())
			.param("objectType", entry.objectType())
			.param("objectId", entry.objectId())
			.param("summary", entry.summary())
			.param("remoteAddress", entry.remoteAddress())
			.param("prevHash", entry.prevHash())
			.param("hash", entry.hash())
			.update();
		this.jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where practice_id = :p")
			.param("seq", entry.seq())
			.param("hash", entry.hash())
			.param("p", entry.practiceId())
			.update();
	}

	List<AuditEntry> search(UUID practiceId, ZoneId zone, AuditFilter filter, int limit, int offset) {
		Query query = where(practiceId, zone, filter);
		return query
			.apply(this.jdbc.sql("select " + COLUMNS + " from audit_entry where " + query.sql
					+ " order by seq desc limit " + limit + " offset " + offset))
			.query(AuditRepository::map)
			.list();
	}

	long count(UUID practiceId, ZoneId zone, AuditFilter filter) {
		Query query = where(practiceId, zone, filter);
		return query.apply(this.jdbc.sql("select count(*) from audit_entry where " + query.sql))
			.query(Long.class)
			.single();
	}

	void forEach(UUID practiceId, ZoneId zone, AuditFilter filter, Consumer<AuditEntry> consumer) {
		Query query = where(practiceId, zone, filter);
		try (Stream<AuditEntry> entries = query
			.apply(this.jdbc.sql("select " + COLUMNS + " from audit_entry where " + query.sql + " order by seq"))
			.query(AuditRepository::map)
			.stream()) {
			entries.forEach(consumer);
		}
	}

	List<ChainHead> heads() {
		return this.jdbc.sql("select practice_id, last_seq, last_hash from audit_chain order by practice_id")
			.query((rs, row) -> new ChainHead(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
			.list();
	}

	Stream<AuditEntry> chain(UUID practiceId) {
		return this.jdbc.sql("select " + COLUMNS + " from audit_entry where practice_id = :p order by seq")
			.param("p", practiceId)
			.query(AuditRepository::map)
			.stream();
	}

	List<UUID> practicesWithEntries() {
		return this.jdbc.sql("select distinct practice_id from audit_entry").query(UUID.class).list();
	}

	/**
	 * The filter's dates are the practice's local dates: a day runs midnight to midnight
	 * there.
	 */
	private static Query where(UUID practiceId, ZoneId zone, AuditFilter filter) {
		Query query = new Query("practice_id = :practiceId");
		query.params.add(new Object[] { "practiceId", practiceId });
		if (filter.from() != null) {
			query.and("occurred_at >= :from", "from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			query.and("occurred_at < :to", "to",
					Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (hasText(filter.action())) {
			query.and("action like :action", "action", filter.action().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (hasText(filter.actor())) {
			query.and("lower(actor_label) like :actor", "actor",
					"%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (hasText(filter.objectType())) {
			query.and("object_type = :objectType", "objectType", filter.objectType().trim());
		}
		return query;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("practice_id", UUID.class), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_user_id", UUID.class),
				rs.getString("actor_label"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("summary"), rs.getString("remote_address"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	record ChainHead(UUID practiceId, long lastSeq, String lastHash) {
	}

	private static final class Query {

		private String sql;

		private final List<Object[]> params = new ArrayList<>();

		Query(String sql) {
			this.sql = sql;
		}

		void and(String condition, String name, Object value) {
			this.sql += " and " + condition;
			this.params.add(new Object[] { name, value });
		}

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
			for (Object[] param : this.params) {
				spec = spec.param((String) param[0], param[1]);
			}
			return spec;
		}

	}

}
