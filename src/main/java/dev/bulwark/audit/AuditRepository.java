package dev.bulwark.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	long lastSeq(UUID practiceId) {
		return this.jdbc.sql("select last_seq from audit_chain where practice_id = :p")
			.param("p", practiceId)
			.query(Long.class)
			.optional()
			.orElse(0L);
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

	/** The hash of one entry, if it exists. */
	Optional<String> entryHash(UUID practiceId, long seq) {
		return this.jdbc.sql("select hash from audit_entry where practice_id = :p and seq = :seq")
			.param("p", practiceId)
			.param("seq", seq)
			.query(String.class)
			.optional();
	}

	// The installation-level anchor: checkpoints over the chain heads.

	/**
	 * Locks the checkpoint chain's head for the rest of the transaction, so checkpoints
	 * are written one at a time even by several nodes.
	 */
	Optional<ChainHead> lockCheckpointHead() {
		return this.jdbc.sql("select last_seq, last_hash from audit_checkpoint_head where id = 1 for update")
			.query((rs, row) -> new ChainHead(null, rs.getLong(1), rs.getString(2)))
			.optional();
	}

	Optional<ChainHead> checkpointHead() {
		return this.jdbc.sql("select last_seq, last_hash from audit_checkpoint_head where id = 1")
			.query((rs, row) -> new ChainHead(null, rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/** For each chain, the head the latest checkpoint recording it recorded. */
	Map<UUID, AuditCheckpoint.Chain> anchoredChains() {
		Map<UUID, AuditCheckpoint.Chain> anchored = new HashMap<>();
		this.jdbc.sql("""
				select c.practice_id, c.last_seq, c.last_hash from audit_checkpoint_chain c
				where c.checkpoint_seq = (select max(l.checkpoint_seq) from audit_checkpoint_chain l
				                          where l.practice_id = c.practice_id)""")
			.query((rs, row) -> new AuditCheckpoint.Chain(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
			.list()
			.forEach((chain) -> anchored.put(chain.practiceId(), chain));
		return anchored;
	}

	void appendCheckpoint(AuditCheckpoint checkpoint) {
		this.jdbc
			.sql("insert into audit_checkpoint (seq, created_at, prev_hash, hash) values (:seq, :at, :prev, :hash)")
			.param("seq", checkpoint.seq())
			.param("at", Timestamp.from(checkpoint.createdAt()))
			.param("prev", checkpoint.prevHash())
			.param("hash", checkpoint.hash())
			.update();
		for (AuditCheckpoint.Chain chain : checkpoint.chains()) {
			this.jdbc.sql("""
					insert into audit_checkpoint_chain (checkpoint_seq, practice_id, last_seq, last_hash)
					values (:seq, :p, :last, :hash)""")
				.param("seq", checkpoint.seq())
				.param("p", chain.practiceId())
				.param("last", chain.lastSeq())
				.param("hash", chain.lastHash())
				.update();
		}
		int updated = this.jdbc.sql("update audit_checkpoint_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", checkpoint.seq())
			.param("hash", checkpoint.hash())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into audit_checkpoint_head (id, last_seq, last_hash) values (1, :seq, :hash)")
				.param("seq", checkpoint.seq())
				.param("hash", checkpoint.hash())
				.update();
		}
	}

	Optional<AuditCheckpoint> checkpoint(long seq) {
		List<AuditCheckpoint> found = new ArrayList<>();
		try (Stream<AuditCheckpoint> checkpoints = checkpoints("where c.seq = :seq", seq)) {
			checkpoints.forEach(found::add);
		}
		return found.stream().findFirst();
	}

	/** Every checkpoint with its chains, in order; close the stream. */
	Stream<AuditCheckpoint> checkpoints() {
		return checkpoints("", null);
	}

	private Stream<AuditCheckpoint> checkpoints(String where, Long seq) {
		JdbcClient.StatementSpec spec = this.jdbc.sql("""
				select c.seq, c.created_at, c.prev_hash, c.hash, h.practice_id, h.last_seq, h.last_hash
				from audit_checkpoint c left join audit_checkpoint_chain h on h.checkpoint_seq = c.seq
				""" + where + " order by c.seq, h.practice_id");
		if (seq != null) {
			spec = spec.param("seq", seq);
		}
		Stream<Object[]> rows = spec
			.query((rs,
					row) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
							rs.getString(4), rs.getObject(5, UUID.class), rs.getLong(6), rs.getString(7) })
			.stream();
		return groupCheckpoints(rows);
	}

	/**
	 * Rows of a checkpoint joined with its chains arrive together; fold them into one.
	 */
	private static Stream<AuditCheckpoint> groupCheckpoints(Stream<Object[]> rows) {
		java.util.Iterator<Object[]> iterator = rows.iterator();
		java.util.Iterator<AuditCheckpoint> grouped = new java.util.Iterator<>() {

			private Object[] pending = iterator.hasNext() ? iterator.next() : null;

			@Override
			public boolean hasNext() {
				return this.pending != null;
			}

			@Override
			public AuditCheckpoint next() {
				Object[] first = this.pending;
				List<AuditCheckpoint.Chain> chains = new ArrayList<>();
				Object[] row = first;
				while (row != null && row[0].equals(first[0])) {
					if (row[4] != null) {
						chains.add(new AuditCheckpoint.Chain((UUID) row[4], (Long) row[5], (String) row[6]));
					}
					row = iterator.hasNext() ? iterator.next() : null;
				}
				this.pending = row;
				return new AuditCheckpoint((Long) first[0], (java.time.Instant) first[1], (String) first[2],
						(String) first[3], List.copyOf(chains));
			}

		};
		return java.util.stream.StreamSupport
			.stream(java.util.Spliterators.spliteratorUnknownSize(grouped, java.util.Spliterator.ORDERED), false)
			.onClose(rows::close);
	}

	/**
	 * Every head the checkpoints recorded for one chain, oldest first, with the
	 * checkpoint that recorded it.
	 */
	List<Anchor> anchorsOf(UUID practiceId) {
		return this.jdbc.sql("""
				select checkpoint_seq, last_seq, last_hash from audit_checkpoint_chain
				where practice_id = :p order by last_seq, checkpoint_seq""")
			.param("p", practiceId)
			.query((rs, row) -> new Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	List<UUID> anchoredPractices() {
		return this.jdbc.sql("select distinct practice_id from audit_checkpoint_chain").query(UUID.class).list();
	}

	/** A head recorded by checkpoint {@code checkpointSeq}. */
	record Anchor(long checkpointSeq, long lastSeq, String lastHash) {
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
