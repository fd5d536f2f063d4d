package dev.bulwark.binder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exports and their sealed content. Every statement names the practice. */
@Repository
class BinderRepository {

	/** Exports listed on the page and in the API, newest first. */
	static final int RECENT = 10;

	private static final String COLUMNS = """
			id, status, requested_by_name, requested_at, completed_at, expires_at, file_count, size_bytes, sha256, failure""";

	private final JdbcClient jdbc;

	BinderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID id, UUID requestedBy, String requestedByName, Instant requestedAt,
			Instant expiresAt) {
		this.jdbc
			.sql("""
					insert into bnd_export (practice_id, id, status, requested_by, requested_by_name, requested_at, expires_at)
					values (:practiceId, :id, 'PREPARING', :by, :byName, :at, :expires)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("by", requestedBy)
			.param("byName", requestedByName)
			.param("at", Timestamp.from(requestedAt))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** Marks a prepared export ready and stores its sealed ZIP. */
	void complete(UUID practiceId, UUID id, Instant at, int fileCount, long size, String sha256, byte[] sealed) {
		this.jdbc.sql("""
				update bnd_export set status = 'READY', completed_at = :at, file_count = :files, size_bytes = :size,
				sha256 = :sha where practice_id = :practiceId and id = :id and status = 'PREPARING'""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("files", fileCount)
			.param("size", size)
			.param("sha", sha256)
			.update();
		this.jdbc.sql("insert into bnd_content (practice_id, export_id, sealed) values (:practiceId, :id, :sealed)")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("sealed", sealed)
			.update();
	}

	void fail(UUID practiceId, UUID id, Instant at, String failure) {
		this.jdbc.sql("""
				update bnd_export set status = 'FAILED', completed_at = :at, failure = :failure
				where practice_id = :practiceId and id = :id and status = 'PREPARING'""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("failure", failure)
			.update();
	}

	Optional<BinderExport> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from bnd_export where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(BinderRepository::export)
			.optional();
	}

	List<BinderExport> recent(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from bnd_export where practice_id = :practiceId "
					+ "order by requested_at desc, id fetch first " + RECENT + " rows only")
			.param("practiceId", practiceId)
			.query(BinderRepository::export)
			.list();
	}

	/** Exports of the practice being prepared that were asked for after {@code since}. */
	int preparing(UUID practiceId, Instant since) {
		return this.jdbc.sql("""
				select count(*) from bnd_export where practice_id = :practiceId and status = 'PREPARING'
				and requested_at > :since""")
			.param("practiceId", practiceId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	Optional<byte[]> sealed(UUID practiceId, UUID id) {
		return this.jdbc.sql("select sealed from bnd_content where practice_id = :practiceId and export_id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * Deletes the content of exports past their expiry and marks them expired; an export
	 * still preparing after its expiry (a node stopped while preparing) is marked failed.
	 * @return how many exports changed
	 */
	int expire(UUID practiceId, Instant now) {
		this.jdbc.sql("""
				delete from bnd_content where practice_id = :practiceId and export_id in
				(select id from bnd_export where practice_id = :practiceId and expires_at <= :now)""")
			.param("practiceId", practiceId)
			.param("now", Timestamp.from(now))
			.update();
		int failed = this.jdbc.sql("""
				update bnd_export set status = 'FAILED', completed_at = :now,
				failure = 'The server stopped while the binder was being prepared.'
				where practice_id = :practiceId and status = 'PREPARING' and expires_at <= :now""")
			.param("practiceId", practiceId)
			.param("now", Timestamp.from(now))
			.update();
		return failed + this.jdbc.sql("""
				update bnd_export set status = 'EXPIRED'
				where practice_id = :practiceId and status = 'READY' and expires_at <= :now""")
			.param("practiceId", practiceId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static BinderExport export(ResultSet rs, int row) throws SQLException {
		return new BinderExport(rs.getObject("id", UUID.class), BinderStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by_name"), instant(rs, "requested_at"), instant(rs, "completed_at"),
				instant(rs, "expires_at"), (Integer) rs.getObject("file_count", Integer.class),
				(Long) rs.getObject("size_bytes", Long.class), rs.getString("sha256"), rs.getString("failure"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
