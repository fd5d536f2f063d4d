package dev.bulwark.policies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents, their versions, acknowledgements and reviews. Every statement is scoped by
 * practice.
 */
@Repository
class DocumentRepository {

	private static final String DOCUMENT_COLUMNS = """
			id, kind, owner_key, template_key, title, citations, ack_from_version, review_due_on, last_reviewed_on,
			retired_on, created_at""";

	private static final String VERSION_COLUMNS = """
			id, document_id, number, status, content, change_note, significant, created_on, created_at, created_by,
			created_by_name, approved_on, approved_at, approved_by, approved_by_name, effective_from, published_at,
			published_by, effective_until, retain_until""";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Documents and versions

	Optional<DocumentDetails> find(UUID practiceId, UUID id) {
		List<DocumentDetails> found = withVersions(practiceId,
				this.jdbc
					.sql("select " + DOCUMENT_COLUMNS + " from pol_document where practice_id = :practice and id = :id")
					.param("practice", practiceId)
					.param("id", id)
					.query(DocumentRepository::documentRow)
					.list());
		return found.stream().findFirst();
	}

	Optional<DocumentDetails> findByOwner(UUID practiceId, DocumentKind kind, String ownerKey) {
		List<DocumentDetails> found = withVersions(practiceId,
				this.jdbc.sql("select " + DOCUMENT_COLUMNS
						+ " from pol_document where practice_id = :practice and kind = :kind and owner_key = :owner")
					.param("practice", practiceId)
					.param("kind", kind.name())
					.param("owner", ownerKey)
					.query(DocumentRepository::documentRow)
					.list());
		return found.stream().findFirst();
	}

	/** One page of documents (of one kind, or all), retired last, then by title. */
	List<DocumentDetails> list(UUID practiceId, DocumentKind kind, int offset, int limit) {
		return withVersions(practiceId,
				this.jdbc
					.sql("select " + DOCUMENT_COLUMNS + " from pol_document where practice_id = :practice"
							+ ((kind != null) ? " and kind = :kind" : "")
							+ " order by case when retired_on is null then 0 else 1 end, lower(title), id"
							+ " limit :limit offset :offset")
					.params(kindParams(practiceId, kind))
					.param("offset", offset)
					.param("limit", limit)
					.query(DocumentRepository::documentRow)
					.list());
	}

	long count(UUID practiceId, DocumentKind kind) {
		return this.jdbc
			.sql("select count(*) from pol_document where practice_id = :practice"
					+ ((kind != null) ? " and kind = :kind" : ""))
			.params(kindParams(practiceId, kind))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> kindParams(UUID practiceId, DocumentKind kind) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("practice", practiceId);
		if (kind != null) {
			params.put("kind", kind.name());
		}
		return params;
	}

	/** Every document of the practice, for the manual and the due dates. */
	List<DocumentDetails> all(UUID practiceId) {
		return withVersions(practiceId,
				this.jdbc
					.sql("select " + DOCUMENT_COLUMNS
							+ " from pol_document where practice_id = :practice order by lower(title), id")
					.param("practice", practiceId)
					.query(DocumentRepository::documentRow)
					.list());
	}

	/** The templates the practice has adopted (retired documents included). */
	Set<String> adoptedTemplates(UUID practiceId) {
		return new HashSet<>(this.jdbc
			.sql("select template_key from pol_document where practice_id = :practice and template_key is not null")
			.param("practice", practiceId)
			.query(String.class)
			.list());
	}

	void insert(UUID practiceId, DocumentDetails document, UUID createdBy, Instant now) {
		this.jdbc.sql("""
				insert into pol_document (practice_id, id, kind, owner_key, template_key, title, citations,
				ack_from_version, review_due_on, last_reviewed_on, retired_on, created_at, created_by, updated_at)
				values (:practice, :id, :kind, :owner, :template, :title, :citations, :ack, :reviewDue, :lastReviewed,
				:retired, :created, :createdBy, :updated)""")
			.param("practice", practiceId)
			.param("id", document.id())
			.param("kind", document.kind().name())
			.param("owner", document.ownerKey())
			.param("template", document.templateKey())
			.param("title", document.title())
			.param("citations", String.join(",", document.citations()))
			.param("ack", document.ackFromVersion())
			.param("reviewDue", date(document.reviewDueOn()))
			.param("lastReviewed", date(document.lastReviewedOn()))
			.param("retired", date(document.retiredOn()))
			.param("created", Timestamp.from(document.createdAt()))
			.param("createdBy", createdBy)
			.param("updated", Timestamp.from(now))
			.update();
		for (VersionDetails version : document.versions()) {
			insertVersion(practiceId, document.id(), version);
		}
	}

	/**
	 * Saves the document as it stands: its row, changed and new versions, and removes
	 * versions it no longer has (with their acknowledgements).
	 */
	void save(UUID practiceId, DocumentDetails document, Instant now) {
		this.jdbc.sql("""
				update pol_document set title = :title, ack_from_version = :ack, review_due_on = :reviewDue,
				last_reviewed_on = :lastReviewed, retired_on = :retired, updated_at = :updated
				where practice_id = :practice and id = :id""")
			.param("title", document.title())
			.param("ack", document.ackFromVersion())
			.param("reviewDue", date(document.reviewDueOn()))
			.param("lastReviewed", date(document.lastReviewedOn()))
			.param("retired", date(document.retiredOn()))
			.param("updated", Timestamp.from(now))
			.param("practice", practiceId)
			.param("id", document.id())
			.update();
		Set<UUID> stored = new HashSet<>(
				this.jdbc.sql("select id from pol_version where practice_id = :practice and document_id = :document")
					.param("practice", practiceId)
					.param("document", document.id())
					.query(UUID.class)
					.list());
		Set<UUID> kept = new HashSet<>();
		for (VersionDetails version : document.versions()) {
			kept.add(version.id());
			if (stored.contains(version.id())) {
				updateVersion(practiceId, version);
			}
			else {
				insertVersion(practiceId, document.id(), version);
			}
		}
		for (UUID gone : stored) {
			if (!kept.contains(gone)) {
				deleteVersion(practiceId, gone);
			}
		}
	}

	/** Removes a document that has no versions left, with its reviews. */
	void deleteEmpty(UUID practiceId, UUID documentId) {
		this.jdbc.sql("delete from pol_review where practice_id = :practice and document_id = :document")
			.param("practice", practiceId)
			.param("document", documentId)
			.update();
		this.jdbc.sql("delete from pol_document where practice_id = :practice and id = :document")
			.param("practice", practiceId)
			.param("document", documentId)
			.update();
	}

	private void insertVersion(UUID practiceId, UUID documentId, VersionDetails v) {
		this.jdbc
			.sql("insert into pol_version (practice_id, " + VERSION_COLUMNS + ") values (:practice, :id, "
					+ ":document, :number, :status, :content, :note, :significant, :createdOn, :createdAt, :createdBy, "
					+ ":createdByName, :approvedOn, :approvedAt, :approvedBy, :approvedByName, :effectiveFrom, "
					+ ":publishedAt, :publishedBy, :effectiveUntil, :retainUntil)")
			.param("practice", practiceId)
			.param("id", v.id())
			.param("document", documentId)
			.param("number", v.number())
			.param("status", v.status().name())
			.param("content", v.content())
			.param("note", v.changeNote())
			.param("significant", v.significant())
			.param("createdOn", date(v.createdOn()))
			.param("createdAt", Timestamp.from(v.createdAt()))
			.param("createdBy", v.createdBy())
			.param("createdByName", v.createdByName())
			.param("approvedOn", date(v.approvedOn()))
			.param("approvedAt", timestamp(v.approvedAt()))
			.param("approvedBy", v.approvedBy())
			.param("approvedByName", v.approvedByName())
			.param("effectiveFrom", date(v.effectiveFrom()))
			.param("publishedAt", timestamp(v.publishedAt()))
			.param("publishedBy", v.publishedBy())
			.param("effectiveUntil", date(v.effectiveUntil()))
			.param("retainUntil", date(v.retainUntil()))
			.update();
	}

	private void updateVersion(UUID practiceId, VersionDetails v) {
		this.jdbc.sql("""
				update pol_version set status = :status, content = :content, change_note = :note,
				significant = :significant, approved_on = :approvedOn, approved_at = :approvedAt,
				approved_by = :approvedBy, approved_by_name = :approvedByName, effective_from = :effectiveFrom,
				published_at = :publishedAt, published_by = :publishedBy, effective_until = :effectiveUntil,
				retain_until = :retainUntil
				where practice_id = :practice and id = :id""")
			.param("status", v.status().name())
			.param("content", v.content())
			.param("note", v.changeNote())
			.param("significant", v.significant())
			.param("approvedOn", date(v.approvedOn()))
			.param("approvedAt", timestamp(v.approvedAt()))
			.param("approvedBy", v.approvedBy())
			.param("approvedByName", v.approvedByName())
			.param("effectiveFrom", date(v.effectiveFrom()))
			.param("publishedAt", timestamp(v.publishedAt()))
			.param("publishedBy", v.publishedBy())
			.param("effectiveUntil", date(v.effectiveUntil()))
			.param("retainUntil", date(v.retainUntil()))
			.param("practice", practiceId)
			.param("id", v.id())
			.update();
	}

	private void deleteVersion(UUID practiceId, UUID versionId) {
		this.jdbc.sql("delete from pol_acknowledgement where practice_id = :practice and version_id = :version")
			.param("practice", practiceId)
			.param("version", versionId)
			.update();
		this.jdbc.sql("delete from pol_version where practice_id = :practice and id = :version")
			.param("practice", practiceId)
			.param("version", versionId)
			.update();
	}

	private List<DocumentDetails> withVersions(UUID practiceId, List<DocumentRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<VersionDetails>> versions = new LinkedHashMap<>();
		rows.forEach((row) -> versions.put(row.id(), new ArrayList<>()));
		this.jdbc
			.sql("select " + VERSION_COLUMNS + " from pol_version where practice_id = :practice"
					+ " and document_id in (:documents) order by document_id, number desc")
			.param("practice", practiceId)
			.param("documents", versions.keySet())
			.query((rs, n) -> {
				versions.get(rs.getObject("document_id", UUID.class)).add(versionRow(rs));
				return null;
			})
			.list();
		return rows.stream().map((row) -> row.with(versions.get(row.id()))).toList();
	}

	// Acknowledgements

	void insertAcknowledgement(UUID practiceId, AcknowledgementRecord ack) {
		this.jdbc.sql("""
				insert into pol_acknowledgement (practice_id, id, document_id, version_id, version_number, user_id,
				user_name, acknowledged_on, acknowledged_at)
				values (:practice, :id, :document, :version, :number, :user, :name, :on, :at)""")
			.param("practice", practiceId)
			.param("id", ack.id())
			.param("document", ack.documentId())
			.param("version", ack.versionId())
			.param("number", ack.versionNumber())
			.param("user", ack.userId())
			.param("name", ack.userName())
			.param("on", Date.valueOf(ack.acknowledgedOn()))
			.param("at", Timestamp.from(ack.acknowledgedAt()))
			.update();
	}

	/** A person's acknowledgements, newest first. */
	List<AcknowledgementRecord> acknowledgementsOf(UUID practiceId, UUID userId) {
		return this.jdbc
			.sql("select * from pol_acknowledgement where practice_id = :practice and user_id = :user"
					+ " order by acknowledged_at desc")
			.param("practice", practiceId)
			.param("user", userId)
			.query(DocumentRepository::acknowledgementRow)
			.list();
	}

	/** The acknowledgements of one document, newest first. */
	List<AcknowledgementRecord> acknowledgementsFor(UUID practiceId, UUID documentId) {
		return this.jdbc
			.sql("select * from pol_acknowledgement where practice_id = :practice and document_id = :document"
					+ " order by acknowledged_at desc")
			.param("practice", practiceId)
			.param("document", documentId)
			.query(DocumentRepository::acknowledgementRow)
			.list();
	}

	/** Every acknowledgement in the practice, for the due dates. */
	List<AcknowledgementRecord> acknowledgements(UUID practiceId) {
		return this.jdbc.sql("select * from pol_acknowledgement where practice_id = :practice")
			.param("practice", practiceId)
			.query(DocumentRepository::acknowledgementRow)
			.list();
	}

	// Reviews

	void insertReview(UUID practiceId, UUID documentId, ReviewRecord review, Instant now, UUID by) {
		this.jdbc.sql("""
				insert into pol_review (practice_id, id, document_id, reviewed_on, reviewed_at, reviewed_by,
				reviewer_name, changes_needed, notes, next_due_on)
				values (:practice, :id, :document, :on, :at, :by, :name, :changes, :notes, :next)""")
			.param("practice", practiceId)
			.param("id", review.id())
			.param("document", documentId)
			.param("on", Date.valueOf(review.reviewedOn()))
			.param("at", Timestamp.from(now))
			.param("by", by)
			.param("name", review.reviewerName())
			.param("changes", review.changesNeeded())
			.param("notes", review.notes())
			.param("next", Date.valueOf(review.nextDueOn()))
			.update();
	}

	/** A document's reviews, newest first. */
	List<ReviewRecord> reviews(UUID practiceId, UUID documentId) {
		return this.jdbc.sql("select id, reviewed_on, reviewer_name, changes_needed, notes, next_due_on from pol_review"
				+ " where practice_id = :practice and document_id = :document order by reviewed_on desc, reviewed_at desc")
			.param("practice", practiceId)
			.param("document", documentId)
			.query((rs, n) -> new ReviewRecord(rs.getObject("id", UUID.class), localDate(rs, "reviewed_on"),
					rs.getString("reviewer_name"), rs.getBoolean("changes_needed"), rs.getString("notes"),
					localDate(rs, "next_due_on")))
			.list();
	}

	// Rows

	private record DocumentRow(UUID id, DocumentKind kind, String ownerKey, String templateKey, String title,
			List<String> citations, Integer ackFromVersion, LocalDate reviewDueOn, LocalDate lastReviewedOn,
			LocalDate retiredOn, Instant createdAt) {

		DocumentDetails with(Collection<VersionDetails> versions) {
			return new DocumentDetails(this.id, this.kind, this.ownerKey, this.templateKey, this.title, this.citations,
					this.ackFromVersion, this.reviewDueOn, this.lastReviewedOn, this.retiredOn, this.createdAt,
					List.copyOf(versions));
		}

	}

	private static DocumentRow documentRow(ResultSet rs, int n) throws SQLException {
		String citations = rs.getString("citations");
		int ack = rs.getInt("ack_from_version");
		Integer ackFrom = rs.wasNull() ? null : ack;
		return new DocumentRow(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
				rs.getString("owner_key"), rs.getString("template_key"), rs.getString("title"),
				(citations == null || citations.isBlank()) ? List.of() : Arrays.asList(citations.split(",")), ackFrom,
				localDate(rs, "review_due_on"), localDate(rs, "last_reviewed_on"), localDate(rs, "retired_on"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static VersionDetails versionRow(ResultSet rs) throws SQLException {
		return new VersionDetails(rs.getObject("id", UUID.class), rs.getInt("number"),
				VersionStatus.valueOf(rs.getString("status")), rs.getString("content"), rs.getString("change_note"),
				rs.getBoolean("significant"), localDate(rs, "created_on"), instant(rs, "created_at"),
				rs.getObject("created_by", UUID.class), rs.getString("created_by_name"), localDate(rs, "approved_on"),
				instant(rs, "approved_at"), rs.getObject("approved_by", UUID.class), rs.getString("approved_by_name"),
				localDate(rs, "effective_from"), instant(rs, "published_at"), rs.getObject("published_by", UUID.class),
				localDate(rs, "effective_until"), localDate(rs, "retain_until"));
	}

	private static AcknowledgementRecord acknowledgementRow(ResultSet rs, int n) throws SQLException {
		return new AcknowledgementRecord(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
				rs.getObject("version_id", UUID.class), rs.getInt("version_number"),
				rs.getObject("user_id", UUID.class), rs.getString("user_name"), localDate(rs, "acknowledged_on"),
				instant(rs, "acknowledged_at"));
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
