package dev.bulwark.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Business associate agreements and their terms. Every statement is scoped by practice.
 */
@Repository
class BaaRepository {

	private static final String SELECT = """
			select b.id, b.vendor_id, v.name as vendor_name, b.effective_on, b.expires_on, b.breach_window_days,
			b.notes, b.created_at, b.updated_at
			from vnd_baa b join vnd_vendor v on v.practice_id = b.practice_id and v.id = b.vendor_id
			where b.practice_id = :practiceId""";

	private final JdbcClient jdbc;

	BaaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID vendorId, UUID id, BaaForm form, Instant now) {
		this.jdbc.sql("""
				insert into vnd_baa (practice_id, id, vendor_id, effective_on, expires_on, breach_window_days, notes,
				created_at, updated_at)
				values (:practiceId, :id, :vendorId, :effectiveOn, :expiresOn, :window, :notes, :now, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("vendorId", vendorId)
			.param("effectiveOn", form.effectiveOn())
			.param("expiresOn", form.expiresOn())
			.param("window", form.breachWindowDays())
			.param("notes", form.notes())
			.param("now", Timestamp.from(now))
			.update();
		replaceTerms(practiceId, id, form.terms());
	}

	void update(UUID practiceId, UUID id, BaaForm form, Instant now) {
		this.jdbc.sql("""
				update vnd_baa set effective_on = :effectiveOn, expires_on = :expiresOn, breach_window_days = :window,
				notes = :notes, updated_at = :now where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("effectiveOn", form.effectiveOn())
			.param("expiresOn", form.expiresOn())
			.param("window", form.breachWindowDays())
			.param("notes", form.notes())
			.param("now", Timestamp.from(now))
			.update();
		replaceTerms(practiceId, id, form.terms());
	}

	private void replaceTerms(UUID practiceId, UUID id, List<String> terms) {
		this.jdbc.sql("delete from vnd_baa_term where practice_id = :practiceId and baa_id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update();
		for (String term : terms) {
			this.jdbc.sql("insert into vnd_baa_term (practice_id, baa_id, term_key) values (:practiceId, :id, :term)")
				.param("practiceId", practiceId)
				.param("id", id)
				.param("term", term)
				.update();
		}
	}

	Optional<BaaDetails> find(UUID practiceId, UUID vendorId, UUID id) {
		return query(SELECT + " and b.vendor_id = :vendorId and b.id = :id",
				Map.of("practiceId", practiceId, "vendorId", vendorId, "id", id))
			.stream()
			.findFirst();
	}

	/** A vendor's agreements, newest first. */
	List<BaaDetails> forVendor(UUID practiceId, UUID vendorId) {
		return query(SELECT + " and b.vendor_id = :vendorId order by b.effective_on desc, b.created_at desc",
				Map.of("practiceId", practiceId, "vendorId", vendorId));
	}

	/** Every agreement of the practice, by vendor name and newest first. */
	List<BaaDetails> all(UUID practiceId) {
		return query(SELECT + " order by lower(v.name), v.id, b.effective_on desc, b.created_at desc",
				Map.of("practiceId", practiceId));
	}

	private List<BaaDetails> query(String sql, Map<String, ?> params) {
		UUID practiceId = (UUID) params.get("practiceId");
		Map<UUID, List<String>> terms = new HashMap<>();
		this.jdbc.sql("select baa_id, term_key from vnd_baa_term where practice_id = :practiceId order by term_key")
			.param("practiceId", practiceId)
			.query((rs, row) -> terms.computeIfAbsent(rs.getObject("baa_id", UUID.class), (k) -> new ArrayList<>())
				.add(rs.getString("term_key")))
			.list();
		return this.jdbc.sql(sql).params(params).query((rs, row) -> details(rs, terms)).list();
	}

	private static BaaDetails details(ResultSet rs, Map<UUID, List<String>> terms) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		java.sql.Date expires = rs.getDate("expires_on");
		LocalDate expiresOn = (expires != null) ? expires.toLocalDate() : null;
		return new BaaDetails(id, rs.getObject("vendor_id", UUID.class), rs.getString("vendor_name"),
				rs.getDate("effective_on").toLocalDate(), expiresOn, rs.getInt("breach_window_days"),
				terms.getOrDefault(id, List.of()), rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), List.of());
	}

}
