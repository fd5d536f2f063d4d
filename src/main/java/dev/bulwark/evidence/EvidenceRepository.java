package dev.bulwark.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence items, versions, links and encrypted content. Every statement names the
 * practice. Content is read only by {@link #content}, one version at a time.
 */
@Repository
class EvidenceRepository {

	static final int PAGE_SIZE = 50;

	private static final String SUMMARY = """
			select e.id, e.title, e.current_version, v.file_name, v.content_type, v.size_bytes, e.author_name,
			       e.created_at, e.updated_at, e.effective_until, e.retain_until,
			       (select count(*) from evd_link l where l.practice_id = e.practice_id and l.evidence_id = e.id) as links
			from evd_evidence e
			join evd_version v on v.practice_id = e.practice_id and v.evidence_id = e.id and v.version = e.current_version
			""";

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EvidenceItem item, Actor author, Instant now) {
		this.jdbc.sql("""
				insert into evd_evidence (practice_id, id, title, description, author_id, author_name, created_at,
				    created_on, effective_until, retain_until, current_version, updated_at)
				values (:practice, :id, :title, :description, :author, :authorName, :now, :createdOn, :effectiveUntil,
				    :retainUntil, :version, :now)""")
			.param("practice", item.practiceId())
			.param("id", item.id())
			.param("title", item.title())
			.param("description", item.description())
			.param("author", author.userId())
			.param("authorName", name(author))
			.param("now", Timestamp.from(now))
			.param("createdOn", item.createdOn())
			.param("effectiveUntil", item.effectiveUntil())
			.param("retainUntil", item.retainUntil())
			.param("version", item.currentVersion())
			.update();
	}

	void update(EvidenceItem item, Instant now) {
		this.jdbc.sql("""
				update evd_evidence set title = :title, description = :description, effective_until = :effectiveUntil,
				    retain_until = :retainUntil, current_version = :version, updated_at = :now
				where practice_id = :practice and id = :id""")
			.param("title", item.title())
			.param("description", item.description())
			.param("effectiveUntil", item.effectiveUntil())
			.param("retainUntil", item.retainUntil())
			.param("version", item.currentVersion())
			.param("now", Timestamp.from(now))
			.param("practice", item.practiceId())
			.param("id", item.id())
			.update();
	}

	/**
	 * A stored version: its description and its sealed content.
	 */
	record NewVersion(int version, String fileName, String contentType, long sizeBytes, String sha256, String note,
			byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {
	}

	void insertVersion(UUID practiceId, UUID evidenceId, NewVersion version, Actor author, Instant now,
			LocalDate today) {
		this.jdbc.sql("""
				insert into evd_version (practice_id, evidence_id, version, file_name, content_type, size_bytes, sha256,
				    note, uploaded_by, uploaded_by_name, uploaded_at, uploaded_on)
				values (:practice, :evidence, :version, :fileName, :contentType, :size, :sha256, :note, :author,
				    :authorName, :now, :today)""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("version", version.version())
			.param("fileName", version.fileName())
			.param("contentType", version.contentType())
			.param("size", version.sizeBytes())
			.param("sha256", version.sha256())
			.param("note", version.note())
			.param("author", author.userId())
			.param("authorName", name(author))
			.param("now", Timestamp.from(now))
			.param("today", today)
			.update();
		this.jdbc.sql("""
				insert into evd_content (practice_id, evidence_id, version, wrapped_key, nonce, ciphertext)
				values (:practice, :evidence, :version, :wrappedKey, :nonce, :ciphertext)""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("version", version.version())
			.param("wrappedKey", version.wrappedKey())
			.param("nonce", version.nonce())
			.param("ciphertext", version.ciphertext())
			.update();
	}

	Optional<EvidenceItem> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("""
				select practice_id, id, title, description, created_on, effective_until, retain_until, current_version
				from evd_evidence where practice_id = :practice and id = :id""")
			.param("practice", practiceId)
			.param("id", id)
			.query((rs, n) -> new EvidenceItem(rs.getObject("practice_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("title"), rs.getString("description"), rs.getObject("created_on", LocalDate.class),
					rs.getObject("effective_until", LocalDate.class), rs.getObject("retain_until", LocalDate.class),
					rs.getInt("current_version")))
			.optional();
	}

	Optional<EvidenceDetails> details(UUID practiceId, UUID id) {
		return this.jdbc.sql("""
				select id, title, description, author_name, created_at, created_on, effective_until, retain_until,
				    current_version
				from evd_evidence where practice_id = :practice and id = :id""")
			.param("practice", practiceId)
			.param("id", id)
			.query((rs, n) -> new EvidenceDetails(id, rs.getString("title"), rs.getString("description"),
					rs.getString("author_name"), instant(rs, "created_at"), rs.getObject("created_on", LocalDate.class),
					rs.getObject("effective_until", LocalDate.class), rs.getObject("retain_until", LocalDate.class),
					rs.getInt("current_version"), versions(practiceId, id), links(practiceId, id)))
			.optional();
	}

	List<EvidenceVersion> versions(UUID practiceId, UUID evidenceId) {
		return this.jdbc.sql("""
				select version, file_name, content_type, size_bytes, sha256, note, uploaded_by_name, uploaded_at
				from evd_version where practice_id = :practice and evidence_id = :evidence order by version desc""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.query((rs, n) -> version(rs))
			.list();
	}

	Optional<EvidenceVersion> version(UUID practiceId, UUID evidenceId, int version) {
		return this.jdbc.sql("""
				select version, file_name, content_type, size_bytes, sha256, note, uploaded_by_name, uploaded_at
				from evd_version where practice_id = :practice and evidence_id = :evidence and version = :version""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("version", version)
			.query((rs, n) -> version(rs))
			.optional();
	}

	/** The sealed content of one version, in a buffer the cipher can decrypt in place. */
	record StoredContent(byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {
	}

	Optional<StoredContent> content(UUID practiceId, UUID evidenceId, int version) {
		return this.jdbc.sql("""
				select wrapped_key, nonce, ciphertext from evd_content
				where practice_id = :practice and evidence_id = :evidence and version = :version""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("version", version)
			.query((rs, n) -> new StoredContent(rs.getBytes("wrapped_key"), rs.getBytes("nonce"),
					rs.getBytes("ciphertext")))
			.optional();
	}

	List<EvidenceLink> links(UUID practiceId, UUID evidenceId) {
		return this.jdbc.sql("""
				select owner_type, owner_id, linked_by_name, linked_at from evd_link
				where practice_id = :practice and evidence_id = :evidence order by linked_at, owner_type, owner_id""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.query((rs, n) -> new EvidenceLink(new EvidenceOwner(rs.getString("owner_type"), rs.getString("owner_id")),
					rs.getString("linked_by_name"), instant(rs, "linked_at")))
			.list();
	}

	boolean isLinked(UUID practiceId, UUID evidenceId, EvidenceOwner owner) {
		return this.jdbc.sql("""
				select count(*) from evd_link where practice_id = :practice and evidence_id = :evidence
				and owner_type = :type and owner_id = :owner""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("type", owner.type())
			.param("owner", owner.id())
			.query(Long.class)
			.single() > 0;
	}

	void link(UUID practiceId, UUID evidenceId, EvidenceOwner owner, Actor actor, Instant now) {
		this.jdbc
			.sql("""
					insert into evd_link (practice_id, evidence_id, owner_type, owner_id, linked_by, linked_by_name, linked_at)
					values (:practice, :evidence, :type, :owner, :by, :byName, :now)""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("type", owner.type())
			.param("owner", owner.id())
			.param("by", actor.userId())
			.param("byName", name(actor))
			.param("now", Timestamp.from(now))
			.update();
	}

	int unlink(UUID practiceId, UUID evidenceId, EvidenceOwner owner) {
		return this.jdbc.sql("""
				delete from evd_link where practice_id = :practice and evidence_id = :evidence
				and owner_type = :type and owner_id = :owner""")
			.param("practice", practiceId)
			.param("evidence", evidenceId)
			.param("type", owner.type())
			.param("owner", owner.id())
			.update();
	}

	/** Deletes the item; versions, content and links go with it (on delete cascade). */
	void delete(UUID practiceId, UUID evidenceId) {
		for (String table : new String[] { "evd_link", "evd_content", "evd_version" }) {
			this.jdbc.sql("delete from " + table + " where practice_id = :practice and evidence_id = :evidence")
				.param("practice", practiceId)
				.param("evidence", evidenceId)
				.update();
		}
		this.jdbc.sql("delete from evd_evidence where practice_id = :practice and id = :id")
			.param("practice", practiceId)
			.param("id", evidenceId)
			.update();
	}

	List<EvidenceSummary> forOwner(UUID practiceId, EvidenceOwner owner) {
		return this.jdbc.sql(SUMMARY + """
				where e.practice_id = :practice and exists (select 1 from evd_link l where l.practice_id = e.practice_id
				    and l.evidence_id = e.id and l.owner_type = :type and l.owner_id = :owner)
				order by e.created_at desc, e.id""")
			.param("practice", practiceId)
			.param("type", owner.type())
			.param("owner", owner.id())
			.query((rs, n) -> summary(rs))
			.list();
	}

	List<EvidenceSummary> search(UUID practiceId, EvidenceFilter filter, int offset) {
		var statement = this.jdbc.sql(
				SUMMARY + where(filter) + " order by e.created_at desc, e.id limit " + PAGE_SIZE + " offset " + offset);
		return bind(statement, practiceId, filter).query((rs, n) -> summary(rs)).list();
	}

	long count(UUID practiceId, EvidenceFilter filter) {
		var statement = this.jdbc.sql("select count(*) from evd_evidence e join evd_version v on v.practice_id = "
				+ "e.practice_id and v.evidence_id = e.id and v.version = e.current_version " + where(filter));
		return bind(statement, practiceId, filter).query(Long.class).single();
	}

	private static String where(EvidenceFilter filter) {
		StringBuilder where = new StringBuilder(" where e.practice_id = :practice");
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(e.title) like :q or lower(coalesce(e.description, '')) like :q"
					+ " or lower(v.file_name) like :q)");
		}
		if (EvidenceFilter.UNATTACHED.equals(filter.ownerType())) {
			where.append(" and not exists (select 1 from evd_link l where l.practice_id = e.practice_id"
					+ " and l.evidence_id = e.id)");
		}
		else if (filter.ownerType() != null) {
			where.append(" and exists (select 1 from evd_link l where l.practice_id = e.practice_id"
					+ " and l.evidence_id = e.id and l.owner_type = :type"
					+ ((filter.ownerId() != null) ? " and l.owner_id = :owner" : "") + ")");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID practiceId,
			EvidenceFilter filter) {
		statement = statement.param("practice", practiceId);
		if (filter.q() != null && !filter.q().isBlank()) {
			statement = statement.param("q", "%" + likeEscaped(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.ownerType() != null && !EvidenceFilter.UNATTACHED.equals(filter.ownerType())) {
			statement = statement.param("type", filter.ownerType());
			if (filter.ownerId() != null) {
				statement = statement.param("owner", filter.ownerId());
			}
		}
		return statement;
	}

	/** Wildcards typed by a person are searched for literally. */
	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Items created and months with a stored version within {@code since}..now. */
	record Activity(long items, List<LocalDate> versionDays) {
	}

	Activity activity(UUID practiceId, LocalDate since) {
		long items = this.jdbc.sql("select count(*) from evd_evidence where practice_id = :practice")
			.param("practice", practiceId)
			.query(Long.class)
			.single();
		List<LocalDate> days = this.jdbc.sql("""
				select distinct uploaded_on from evd_version where practice_id = :practice and uploaded_on >= :since""")
			.param("practice", practiceId)
			.param("since", since)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
		return new Activity(items, days);
	}

	private static EvidenceSummary summary(ResultSet rs) throws SQLException {
		return new EvidenceSummary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getInt("current_version"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("author_name"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getObject("effective_until", LocalDate.class), rs.getObject("retain_until", LocalDate.class),
				rs.getInt("links"));
	}

	private static EvidenceVersion version(ResultSet rs) throws SQLException {
		return new EvidenceVersion(rs.getInt("version"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("note"),
				rs.getString("uploaded_by_name"), instant(rs, "uploaded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String name(Actor actor) {
		String name = (actor.displayName() != null) ? actor.displayName() : actor.email();
		return (actor.email() != null && !actor.email().equals(name)) ? name + " <" + actor.email() + ">" : name;
	}

}
