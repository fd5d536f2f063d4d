package dev.bulwark.inventory;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.bulwark.shared.Choice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assets and their media re-use records. Every statement is scoped by practice. */
@Repository
class AssetRepository {

	private static final String COLUMNS = """
			a.id, a.name, a.kind, a.assigned_to, a.location, a.manufacturer, a.model, a.os_version, a.serial_number,
			a.ip_address, a.mac_address, a.purchase_date, a.ephi, a.encryption, a.encryption_method, a.mfa,
			a.backed_up, a.patch_status, a.last_patched_on, a.anti_malware, a.segment_id, s.name as segment_name,
			a.status, a.disposed_on, a.disposal_method, a.disposed_by, a.notes, a.created_at, a.updated_at""";

	private static final int IDS_PER_STATEMENT = 1000;

	private static final String FROM = " from inv_asset a left join inv_network_segment s"
			+ " on s.practice_id = a.practice_id and s.id = a.segment_id";

	private static final String INSERT = """
			insert into inv_asset (practice_id, id, name, kind, assigned_to, location, manufacturer, model, os_version,
			serial_number, ip_address, mac_address, purchase_date, ephi, encryption, encryption_method, mfa, backed_up,
			patch_status, last_patched_on, anti_malware, segment_id, status, disposed_on, disposal_method, disposed_by,
			notes, created_at, updated_at, name_key) values """;

	private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Rows per multi-row insert: one statement per 100 rows is several times faster than
	 * a JDBC batch on H2 and on PostgreSQL (without driver rewriting), and stays far
	 * below PostgreSQL's 32,767 bind parameters.
	 */
	private static final int ROWS_PER_STATEMENT = 100;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AssetRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * An asset to insert: the form plus what the import or the retire page adds.
	 */
	record NewAsset(UUID id, AssetForm form, LocalDate disposedOn, String disposalMethod, String disposedBy) {

	}

	void insert(UUID practiceId, NewAsset asset, Instant now) {
		insertAll(practiceId, List.of(asset), now);
	}

	/** Inserts with multi-row statements, inside the caller's transaction. */
	void insertAll(UUID practiceId, List<NewAsset> assets, Instant now) {
		Timestamp at = Timestamp.from(now);
		for (int from = 0; from < assets.size(); from += ROWS_PER_STATEMENT) {
			List<NewAsset> chunk = assets.subList(from, Math.min(assets.size(), from + ROWS_PER_STATEMENT));
			String sql = INSERT + String.join(", ", java.util.Collections.nCopies(chunk.size(), VALUES));
			this.template.update((connection) -> {
				PreparedStatement ps = connection.prepareStatement(sql);
				int i = 1;
				for (NewAsset asset : chunk) {
					i = bind(ps, i, practiceId, asset, at);
				}
				return ps;
			});
		}
	}

	private static int bind(PreparedStatement ps, int start, UUID practiceId, NewAsset asset, Timestamp at)
			throws SQLException {
		AssetForm f = asset.form();
		int i = start;
		ps.setObject(i++, practiceId);
		ps.setObject(i++, asset.id());
		ps.setString(i++, f.name());
		ps.setString(i++, f.kind().name());
		ps.setString(i++, f.assignedTo());
		ps.setString(i++, f.location());
		ps.setString(i++, f.manufacturer());
		ps.setString(i++, f.model());
		ps.setString(i++, f.osVersion());
		ps.setString(i++, f.serialNumber());
		ps.setString(i++, f.ipAddress());
		ps.setString(i++, f.macAddress());
		setDate(ps, i++, f.purchaseDate());
		ps.setString(i++, f.ephi().name());
		ps.setString(i++, f.encryption().name());
		ps.setString(i++, f.encryptionMethod());
		ps.setString(i++, f.mfa().name());
		ps.setString(i++, f.backedUp().name());
		ps.setString(i++, f.patchStatus().name());
		setDate(ps, i++, f.lastPatchedOn());
		ps.setString(i++, f.antiMalware().name());
		ps.setObject(i++, f.segmentId());
		ps.setString(i++, f.status().name());
		setDate(ps, i++, asset.disposedOn());
		ps.setString(i++, asset.disposalMethod());
		ps.setString(i++, asset.disposedBy());
		ps.setString(i++, f.notes());
		ps.setTimestamp(i++, at);
		ps.setTimestamp(i++, at);
		ps.setString(i++, nameKey(f.name()));
		return i;
	}

	/** The list's sort key: the name without regard to case (indexed, see V122). */
	static String nameKey(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
		if (date == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setDate(index, Date.valueOf(date));
		}
	}

	boolean update(UUID practiceId, UUID id, AssetForm f, Instant now) {
		return this.jdbc.sql("""
				update inv_asset set name = :name, kind = :kind, assigned_to = :assignedTo, location = :location,
				manufacturer = :manufacturer, model = :model, os_version = :osVersion, serial_number = :serial,
				ip_address = :ip, mac_address = :mac, purchase_date = :purchaseDate, ephi = :ephi,
				encryption = :encryption, encryption_method = :encryptionMethod, mfa = :mfa, backed_up = :backedUp,
				patch_status = :patchStatus, last_patched_on = :lastPatchedOn, anti_malware = :antiMalware,
				segment_id = :segmentId, status = :status, notes = :notes, updated_at = :now, name_key = :nameKey
				where practice_id = :practiceId and id = :id""")
			.param("nameKey", nameKey(f.name()))
			.param("practiceId", practiceId)
			.param("id", id)
			.param("name", f.name())
			.param("kind", f.kind().name())
			.param("assignedTo", f.assignedTo())
			.param("location", f.location())
			.param("manufacturer", f.manufacturer())
			.param("model", f.model())
			.param("osVersion", f.osVersion())
			.param("serial", f.serialNumber())
			.param("ip", f.ipAddress())
			.param("mac", f.macAddress())
			.param("purchaseDate", date(f.purchaseDate()), Types.DATE)
			.param("ephi", f.ephi().name())
			.param("encryption", f.encryption().name())
			.param("encryptionMethod", f.encryptionMethod())
			.param("mfa", f.mfa().name())
			.param("backedUp", f.backedUp().name())
			.param("patchStatus", f.patchStatus().name())
			.param("lastPatchedOn", date(f.lastPatchedOn()), Types.DATE)
			.param("antiMalware", f.antiMalware().name())
			.param("segmentId", f.segmentId())
			.param("status", f.status().name())
			.param("notes", f.notes())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean retire(UUID practiceId, UUID id, RetireForm form, Instant now) {
		return this.jdbc.sql("""
				update inv_asset set status = 'DISPOSED', disposed_on = :disposedOn, disposal_method = :method,
				disposed_by = :by, updated_at = :now where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("disposedOn", Date.valueOf(form.disposedOn()))
			.param("method", form.disposalMethod())
			.param("by", form.disposedBy())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<AssetDetails> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where a.practice_id = :practiceId and a.id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(AssetRepository::map)
			.optional();
	}

	boolean exists(UUID practiceId, UUID id) {
		return this.jdbc.sql("select count(*) from inv_asset where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Every asset of the practice, disposed ones included, ordered by name. */
	List<AssetDetails> all(UUID practiceId) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where a.practice_id = :practiceId order by a.name, a.id")
			.param("practiceId", practiceId)
			.query(AssetRepository::map)
			.list();
	}

	void forEach(UUID practiceId, Consumer<AssetDetails> consumer) {
		try (Stream<AssetDetails> assets = this.jdbc
			.sql("select " + COLUMNS + FROM + " where a.practice_id = :practiceId order by a.name, a.id")
			.param("practiceId", practiceId)
			.query(AssetRepository::map)
			.stream()) {
			assets.forEach(consumer);
		}
	}

	/** One page of the assets matching the filter, by name. */
	List<AssetSummary> search(UUID practiceId, AssetFilter filter, int offset, int limit) {
		Where where = where(practiceId, filter);
		// The page's ids first, from the asset table alone; then the columns, the
		// segment's
		// name and the open findings of those rows only. In one statement, the join and
		// the
		// count per row were computed for every asset before the sort and the limit (H2).
		String sql = """
				select a.id, a.name, a.kind, a.assigned_to, a.location, a.ephi, a.encryption, a.mfa, a.backed_up,
				a.patch_status, s.name as segment_name, a.status,
				(select count(*) from inv_finding f where f.practice_id = a.practice_id and f.asset_id = a.id
				 and f.status = 'OPEN') as open_findings
				from (select a.id, a.name_key from inv_asset a""" + " where " + where.sql + """
				 order by a.name_key, a.id limit :limit offset :offset) p
				join inv_asset a on a.practice_id = :practiceId and a.id = p.id
				left join inv_network_segment s on s.practice_id = a.practice_id and s.id = a.segment_id
				order by p.name_key, p.id""";
		return where.apply(this.jdbc.sql(sql))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new AssetSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					AssetKind.valueOf(rs.getString("kind")), rs.getString("assigned_to"), rs.getString("location"),
					EphiUse.valueOf(rs.getString("ephi")), Answer.valueOf(rs.getString("encryption")),
					Answer.valueOf(rs.getString("mfa")), Answer.valueOf(rs.getString("backed_up")),
					PatchStatus.valueOf(rs.getString("patch_status")), rs.getString("segment_name"),
					AssetStatus.valueOf(rs.getString("status")), rs.getInt("open_findings")))
			.list();
	}

	long count(UUID practiceId, AssetFilter filter) {
		Where where = where(practiceId, filter);
		// The filter's conditions start with the practice too; named here as every
		// statement on a practice's table does.
		return where
			.apply(this.jdbc.sql("select count(*) from inv_asset a where a.practice_id = :practiceId and " + where.sql))
			.query(Long.class)
			.single();
	}

	/** Every asset of the practice, disposed ones included. */
	int countAll(UUID practiceId) {
		return this.jdbc.sql("select count(*) from inv_asset where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Assets in use or spare, as options of a drop-down: only the id, name and kind are
	 * read, so the list stays small even for a large inventory.
	 */
	List<Choice> activeChoices(UUID practiceId) {
		return this.jdbc.sql("""
				select id, name, kind from inv_asset where practice_id = :practiceId and status <> 'DISPOSED'
				order by lower(name), id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> Choice.of(rs.getObject("id", UUID.class),
					rs.getString("name") + " (" + AssetKind.valueOf(rs.getString("kind")).label() + ")"))
			.list();
	}

	/** Assets that hold ePHI and are not disposed of, as SQL over {@code a}. */
	private static final String ACTIVE_HOLDER = "(a.status <> 'DISPOSED' and a.ephi in ('STORES', 'BACKUPS'))";

	/** Assets at either end of a data flow, as SQL over {@code a}. */
	private static final String FLOW_END = """
			exists (select 1 from inv_data_flow f where f.practice_id = a.practice_id
			and (f.from_asset_id = a.id or f.to_asset_id = a.id))""";

	/**
	 * The assets the data-flow diagram draws (those that hold ePHI and are in use, and
	 * those at either end of a flow) counted per kind, in one grouped query: with
	 * thousands of systems the diagram draws one box per kind. Per kind: how many, how
	 * many hold ePHI, how many of those in use are devices that store ePHI without
	 * confirmed encryption, how many hold ePHI and are in use.
	 */
	Map<AssetKind, int[]> diagramCounts(UUID practiceId) {
		Map<AssetKind, int[]> counts = new java.util.EnumMap<>(AssetKind.class);
		this.jdbc.sql("""
				select a.kind, count(*),
				coalesce(sum(case when a.ephi in ('STORES', 'BACKUPS') then 1 else 0 end), 0),
				coalesce(sum(case when %1$s and coalesce(a.encryption, '') <> 'YES'
				 and a.kind not in ('APPLICATION', 'CLOUD_SERVICE') then 1 else 0 end), 0),
				coalesce(sum(case when %1$s then 1 else 0 end), 0)
				from inv_asset a where a.practice_id = :practiceId and (%1$s or %2$s)
				group by a.kind""".formatted(ACTIVE_HOLDER, FLOW_END))
			.param("practiceId", practiceId)
			.query((rs, row) -> counts.put(AssetKind.valueOf(rs.getString(1)),
					new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) }))
			.list();
		return counts;
	}

	/**
	 * The assets the data-flow diagram draws one box each for, by name: those that hold
	 * ePHI and are in use and, with {@code flowEndsOnly}, only those at either end of a
	 * flow.
	 */
	List<AssetDetails> drawn(UUID practiceId, boolean flowEndsOnly) {
		String which = flowEndsOnly ? FLOW_END : "(" + ACTIVE_HOLDER + " or " + FLOW_END + ")";
		return this.jdbc
			.sql("select " + COLUMNS + FROM + " where a.practice_id = :practiceId and " + which
					+ " order by a.name, a.id")
			.param("practiceId", practiceId)
			.query(AssetRepository::map)
			.list();
	}

	/** Assets in use or spare, by name, for other modules. */
	List<InventorySystem> systems(UUID practiceId) {
		return this.jdbc.sql("""
				select id, name, kind, ephi from inv_asset where practice_id = :practiceId and status <> 'DISPOSED'
				order by name_key, id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new InventorySystem(rs.getObject("id", UUID.class), rs.getString("name"),
					AssetKind.valueOf(rs.getString("kind")).label(), EphiUse.valueOf(rs.getString("ephi")).involved()))
			.list();
	}

	/** The assets in use or spare among the given ones, in no particular order. */
	List<InventorySystem> systems(UUID practiceId, List<UUID> ids) {
		List<InventorySystem> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
			found.addAll(this.jdbc.sql("""
					select id, name, kind, ephi from inv_asset where practice_id = :practiceId and id in (:ids)
					and status <> 'DISPOSED'""")
				.param("practiceId", practiceId)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
				.query((rs, row) -> new InventorySystem(rs.getObject("id", UUID.class), rs.getString("name"),
						AssetKind.valueOf(rs.getString("kind")).label(),
						EphiUse.valueOf(rs.getString("ephi")).involved()))
				.list());
		}
		return found;
	}

	/** Active assets, and those of them that store or access ePHI. */
	int[] activeCounts(UUID practiceId) {
		return this.jdbc
			.sql("""
					select count(*), coalesce(sum(case when ephi in ('STORES', 'BACKUPS', 'ACCESSES', 'FILES_SAVED') then 1 else 0 end), 0)
					from inv_asset where practice_id = :practiceId and status <> 'DISPOSED'""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	void clearSegment(UUID practiceId, UUID segmentId) {
		this.jdbc
			.sql("update inv_asset set segment_id = null where practice_id = :practiceId and segment_id = :segment")
			.param("practiceId", practiceId)
			.param("segment", segmentId)
			.update();
	}

	void insertReuse(UUID practiceId, MediaReuseRecord record, Instant now) {
		this.jdbc
			.sql("""
					insert into inv_media_reuse (practice_id, id, asset_id, reused_on, sanitization_method, performed_by,
					reused_for, created_at) values (:practiceId, :id, :assetId, :reusedOn, :method, :by, :reusedFor, :now)""")
			.param("practiceId", practiceId)
			.param("id", record.id())
			.param("assetId", record.assetId())
			.param("reusedOn", Date.valueOf(record.reusedOn()))
			.param("method", record.sanitizationMethod())
			.param("by", record.performedBy())
			.param("reusedFor", record.reusedFor())
			.param("now", Timestamp.from(now))
			.update();
	}

	List<MediaReuseRecord> reuses(UUID practiceId, UUID assetId) {
		return this.jdbc.sql("""
				select id, asset_id, reused_on, sanitization_method, performed_by, reused_for from inv_media_reuse
				where practice_id = :practiceId and asset_id = :assetId order by reused_on desc, created_at desc""")
			.param("practiceId", practiceId)
			.param("assetId", assetId)
			.query((rs, row) -> new MediaReuseRecord(rs.getObject("id", UUID.class),
					rs.getObject("asset_id", UUID.class), rs.getDate("reused_on").toLocalDate(),
					rs.getString("sanitization_method"), rs.getString("performed_by"), rs.getString("reused_for")))
			.list();
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	static AssetDetails map(ResultSet rs, int row) throws SQLException {
		return new AssetDetails(rs.getObject("id", UUID.class), rs.getString("name"),
				AssetKind.valueOf(rs.getString("kind")), rs.getString("assigned_to"), rs.getString("location"),
				rs.getString("manufacturer"), rs.getString("model"), rs.getString("os_version"),
				rs.getString("serial_number"), rs.getString("ip_address"), rs.getString("mac_address"),
				localDate(rs, "purchase_date"), EphiUse.valueOf(rs.getString("ephi")),
				Answer.valueOf(rs.getString("encryption")), rs.getString("encryption_method"),
				Answer.valueOf(rs.getString("mfa")), Answer.valueOf(rs.getString("backed_up")),
				PatchStatus.valueOf(rs.getString("patch_status")), localDate(rs, "last_patched_on"),
				Answer.valueOf(rs.getString("anti_malware")), rs.getObject("segment_id", UUID.class),
				rs.getString("segment_name"), AssetStatus.valueOf(rs.getString("status")), localDate(rs, "disposed_on"),
				rs.getString("disposal_method"), rs.getString("disposed_by"), rs.getString("notes"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static Where where(UUID practiceId, AssetFilter filter) {
		Where where = new Where("a.practice_id = :practiceId");
		where.params.add(new Object[] { "practiceId", practiceId });
		if (filter.kind() != null) {
			where.and("a.kind = :kind", "kind", filter.kind().name());
		}
		if ("yes".equalsIgnoreCase(filter.ephi())) {
			where.and("a.ephi in ('STORES', 'BACKUPS', 'ACCESSES', 'FILES_SAVED')", null, null);
		}
		else if ("no".equalsIgnoreCase(filter.ephi())) {
			where.and("a.ephi not in ('STORES', 'BACKUPS', 'ACCESSES', 'FILES_SAVED')", null, null);
		}
		if (filter.encryption() != null) {
			where.and("a.encryption = :encryption", "encryption", filter.encryption().name());
		}
		if (filter.segment() != null) {
			where.and("a.segment_id = :segment", "segment", filter.segment());
		}
		if (filter.status() != null) {
			where.and("a.status = :status", "status", filter.status().name());
		}
		else {
			where.and("a.status <> 'DISPOSED'", null, null);
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String like = "%" + filter.q()
				.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.and(
					"""
							(lower(a.name) like :q escape '\\' or lower(coalesce(a.assigned_to, '')) like :q escape '\\'
							or lower(coalesce(a.location, '')) like :q escape '\\' or lower(coalesce(a.model, '')) like :q escape '\\'
							or lower(coalesce(a.manufacturer, '')) like :q escape '\\'
							or lower(coalesce(a.serial_number, '')) like :q escape '\\')""",
					"q", like);
		}
		return where;
	}

	private static final class Where {

		private String sql;

		private final List<Object[]> params = new ArrayList<>();

		Where(String sql) {
			this.sql = sql;
		}

		void and(String condition, String name, Object value) {
			this.sql += " and " + condition;
			if (name != null) {
				this.params.add(new Object[] { name, value });
			}
		}

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
			for (Object[] param : this.params) {
				spec = spec.param((String) param[0], param[1]);
			}
			return spec;
		}

	}

}
