package dev.bulwark.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored findings. Every statement is scoped by practice. */
@Repository
class FindingRepository {

	private static final String COLUMNS = """
			id, rule_key, subject_key, asset_id, citation, title, detail, proposed_rule, status, first_seen_at,
			resolved_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FindingRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A stored finding with the key the rules use. */
	record Stored(InventoryFinding finding, String subjectKey) {

		String key() {
			return FindingRules.Derived.key(this.finding.ruleKey(), this.subjectKey);
		}

	}

	List<Stored> all(UUID practiceId) {
		return this.jdbc.sql("select " + COLUMNS + " from inv_finding where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query((rs, row) -> new Stored(map(rs, row), rs.getString("subject_key")))
			.list();
	}

	/**
	 * The stored findings about the inventory as a whole and about network segments
	 * (neither an asset nor a flow): the few an import can change besides those of the
	 * rows it adds.
	 */
	List<Stored> aboutSegmentsAndInventory(UUID practiceId) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				from inv_finding where practice_id = :practiceId and asset_id is null
				and subject_key not like 'flow:%'""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new Stored(map(rs, row), rs.getString("subject_key")))
			.list();
	}

	/** The open findings, with their subjects, in no particular order. */
	List<Stored> open(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inv_finding where practice_id = :practiceId and status = 'OPEN'")
			.param("practiceId", practiceId)
			.query((rs, row) -> new Stored(map(rs, row), rs.getString("subject_key")))
			.list();
	}

	List<Stored> bySubject(UUID practiceId, String ruleKey, String subjectKey) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				from inv_finding where practice_id = :practiceId and rule_key = :rule and subject_key = :subject""")
			.param("practiceId", practiceId)
			.param("rule", ruleKey)
			.param("subject", subjectKey)
			.query((rs, row) -> new Stored(map(rs, row), rs.getString("subject_key")))
			.list();
	}

	/** Every finding with the status, rule in force first, then by citation. */
	List<InventoryFinding> list(UUID practiceId, FindingStatus status) {
		return list(practiceId, status, 0, Integer.MAX_VALUE);
	}

	/**
	 * One page of the findings with the status, rule in force first, then by citation.
	 */
	List<InventoryFinding> list(UUID practiceId, FindingStatus status, int offset, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				 from inv_finding where practice_id = :practiceId and status = :status
				order by proposed_rule, citation, title, id limit :limit offset :offset""")
			.param("practiceId", practiceId)
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(FindingRepository::map)
			.list();
	}

	/** Open findings per practice, for many practices in one query. */
	java.util.Map<UUID, Integer> openCounts(java.util.Collection<UUID> practiceIds) {
		java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("""
				select practice_id, count(*) from inv_finding where practice_id in (:ids) and status = 'OPEN'
				group by practice_id""").param("ids", practiceIds).query((rs) -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	int count(UUID practiceId, FindingStatus status) {
		return this.jdbc.sql("select count(*) from inv_finding where practice_id = :practiceId and status = :status")
			.param("practiceId", practiceId)
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	/** Whether a finding of the rule about the subject is open. */
	boolean isOpen(UUID practiceId, String ruleKey, String subjectKey) {
		return this.jdbc.sql("""
				select count(*) from inv_finding where practice_id = :practiceId and rule_key = :rule
				and subject_key = :subject and status = 'OPEN'""")
			.param("practiceId", practiceId)
			.param("rule", ruleKey)
			.param("subject", subjectKey)
			.query(Integer.class)
			.single() > 0;
	}

	List<InventoryFinding> forAsset(UUID practiceId, UUID assetId) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				 from inv_finding where practice_id = :practiceId and asset_id = :assetId
				order by status, citation, id""")
			.param("practiceId", practiceId)
			.param("assetId", assetId)
			.query(FindingRepository::map)
			.list();
	}

	void insertAll(UUID practiceId, List<InventoryFinding> findings, List<String> subjectKeys) {
		if (findings.isEmpty()) {
			return;
		}
		this.template.batchUpdate(
				"""
						insert into inv_finding (practice_id, id, rule_key, subject_key, asset_id, citation, title, detail,
						proposed_rule, status, first_seen_at, resolved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, null)""",
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
					@Override
					public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
						InventoryFinding f = findings.get(i);
						ps.setObject(1, practiceId);
						ps.setObject(2, f.id());
						ps.setString(3, f.ruleKey());
						ps.setString(4, subjectKeys.get(i));
						ps.setObject(5, f.assetId());
						ps.setString(6, f.citation());
						ps.setString(7, truncate(f.title(), 300));
						ps.setString(8, truncate(f.detail(), 2000));
						ps.setBoolean(9, f.proposedRule());
						ps.setTimestamp(10, Timestamp.from(f.firstSeenAt()));
					}

					@Override
					public int getBatchSize() {
						return findings.size();
					}
				});
	}

	/** Reopens or rewrites findings (status OPEN, current text). */
	void reopenAll(UUID practiceId, List<InventoryFinding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		this.template.batchUpdate("""
				update inv_finding set status = 'OPEN', resolved_at = null, title = ?, detail = ?, citation = ?
				where practice_id = ? and id = ?""", findings, 1000, (ps, f) -> {
			ps.setString(1, truncate(f.title(), 300));
			ps.setString(2, truncate(f.detail(), 2000));
			ps.setString(3, f.citation());
			ps.setObject(4, practiceId);
			ps.setObject(5, f.id());
		});
	}

	void resolveAll(UUID practiceId, List<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		this.template.batchUpdate("""
				update inv_finding set status = 'RESOLVED', resolved_at = ? where practice_id = ? and id = ?""", ids,
				1000, (ps, id) -> {
					ps.setTimestamp(1, Timestamp.from(now));
					ps.setObject(2, practiceId);
					ps.setObject(3, id);
				});
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	static InventoryFinding map(ResultSet rs, int row) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		String subject = rs.getString("subject_key");
		return new InventoryFinding(rs.getObject("id", UUID.class), rs.getString("rule_key"),
				rs.getObject("asset_id", UUID.class), rs.getString("citation"), rs.getString("title"),
				rs.getString("detail"), rs.getBoolean("proposed_rule"), FindingStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("first_seen_at").toInstant(), (resolved != null) ? resolved.toInstant() : null,
				link(subject));
	}

	/** Where the subject of a finding is fixed. */
	static String link(String subjectKey) {
		int colon = subjectKey.indexOf(':');
		if (colon < 0) {
			return "/inventory/assets";
		}
		String id = subjectKey.substring(colon + 1);
		return switch (subjectKey.substring(0, colon)) {
			case "asset" -> "/inventory/assets/" + id;
			case "flow" -> "/inventory/flows#flow-" + id;
			case "segment" -> "/inventory/segments";
			default -> "/inventory/assets";
		};
	}

}
