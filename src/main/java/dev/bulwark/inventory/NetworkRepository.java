package dev.bulwark.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Choice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Network segments, data flows and inventory reviews. Every statement is scoped by
 * practice.
 */
@Repository
class NetworkRepository {

	private static final String SEGMENT_COLUMNS = """
			s.id, s.name, s.kind, s.separated, s.description,
			(select count(*) from inv_asset a where a.practice_id = s.practice_id and a.segment_id = s.id
			 and a.status <> 'DISPOSED') as asset_count""";

	private static final String FLOW_SELECT = """
			select f.id, f.from_type, f.from_asset_id, coalesce(fa.name, f.from_name) as from_label, f.to_type,
			f.to_asset_id, coalesce(ta.name, f.to_name) as to_label, f.ephi_description, f.channel, f.encrypted, f.notes
			from inv_data_flow f
			left join inv_asset fa on fa.practice_id = f.practice_id and fa.id = f.from_asset_id
			left join inv_asset ta on ta.practice_id = f.practice_id and ta.id = f.to_asset_id
			where f.practice_id = :practiceId""";

	private final JdbcClient jdbc;

	NetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Segments

	void insertSegment(UUID practiceId, UUID id, NetworkSegmentForm form, Instant now) {
		this.jdbc.sql("""
				insert into inv_network_segment (practice_id, id, name, name_key, kind, separated, description,
				created_at, updated_at) values (:practiceId, :id, :name, :nameKey, :kind, :separated, :description,
				:now, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.params(segmentParams(form))
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean updateSegment(UUID practiceId, UUID id, NetworkSegmentForm form, Instant now) {
		return this.jdbc.sql("""
				update inv_network_segment set name = :name, name_key = :nameKey, kind = :kind, separated = :separated,
				description = :description, updated_at = :now where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", id)
			.params(segmentParams(form))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean deleteSegment(UUID practiceId, UUID id) {
		return this.jdbc.sql("delete from inv_network_segment where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update() == 1;
	}

	Optional<NetworkSegmentDetails> findSegment(UUID practiceId, UUID id) {
		return this.jdbc
			.sql("select " + SEGMENT_COLUMNS
					+ " from inv_network_segment s where s.practice_id = :practiceId and s.id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(NetworkRepository::mapSegment)
			.optional();
	}

	Optional<UUID> segmentIdByName(UUID practiceId, String name, UUID except) {
		return this.jdbc.sql("""
				select id from inv_network_segment where practice_id = :practiceId and name_key = :nameKey
				and id <> :except""")
			.param("practiceId", practiceId)
			.param("nameKey", nameKey(name))
			.param("except", (except != null) ? except : new UUID(0, 0))
			.query(UUID.class)
			.optional();
	}

	/** Every segment of the practice, by name (for the rules and the import). */
	List<NetworkSegmentDetails> segments(UUID practiceId) {
		return segments(practiceId, 0, Integer.MAX_VALUE);
	}

	/** One page of the practice's segments, by name. */
	List<NetworkSegmentDetails> segments(UUID practiceId, int offset, int limit) {
		return this.jdbc
			.sql("select " + SEGMENT_COLUMNS + " from inv_network_segment s where s.practice_id = :practiceId"
					+ " order by lower(s.name), s.id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("limit", limit)
			.param("offset", offset)
			.query(NetworkRepository::mapSegment)
			.list();
	}

	int segmentCount(UUID practiceId) {
		return this.jdbc.sql("select count(*) from inv_network_segment where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Integer.class)
			.single();
	}

	/** The practice's segments as options of a drop-down, by name. */
	List<Choice> segmentChoices(UUID practiceId) {
		return this.jdbc.sql("""
				select id, name, kind from inv_network_segment where practice_id = :practiceId
				order by lower(name), id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> Choice.of(rs.getObject("id", UUID.class),
					rs.getString("name") + " (" + SegmentKind.valueOf(rs.getString("kind")).label() + ")"))
			.list();
	}

	private static Map<String, Object> segmentParams(NetworkSegmentForm form) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", form.name());
		params.put("nameKey", nameKey(form.name()));
		params.put("kind", form.kind().name());
		params.put("separated", form.separated().name());
		params.put("description", form.description());
		return params;
	}

	static String nameKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static NetworkSegmentDetails mapSegment(ResultSet rs, int row) throws SQLException {
		return new NetworkSegmentDetails(rs.getObject("id", UUID.class), rs.getString("name"),
				SegmentKind.valueOf(rs.getString("kind")), Answer.valueOf(rs.getString("separated")),
				rs.getString("description"), rs.getInt("asset_count"));
	}

	// Data flows

	void insertFlow(UUID practiceId, UUID id, DataFlowForm form, Instant now) {
		this.jdbc.sql("""
				insert into inv_data_flow (practice_id, id, from_type, from_asset_id, from_name, to_type, to_asset_id,
				to_name, ephi_description, channel, encrypted, notes, created_at, updated_at)
				values (:practiceId, :id, :fromType, :fromAssetId, :fromName, :toType, :toAssetId, :toName,
				:ephi, :channel, :encrypted, :notes, :now, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.params(flowParams(form))
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean updateFlow(UUID practiceId, UUID id, DataFlowForm form, Instant now) {
		return this.jdbc.sql("""
				update inv_data_flow set from_type = :fromType, from_asset_id = :fromAssetId, from_name = :fromName,
				to_type = :toType, to_asset_id = :toAssetId, to_name = :toName, ephi_description = :ephi,
				channel = :channel, encrypted = :encrypted, notes = :notes, updated_at = :now
				where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", id)
			.params(flowParams(form))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Map<String, Object> flowParams(DataFlowForm form) {
		Map<String, Object> params = new HashMap<>();
		params.put("fromType", form.fromType().name());
		params.put("fromAssetId", form.fromAssetId());
		params.put("fromName", form.fromName());
		params.put("toType", form.toType().name());
		params.put("toAssetId", form.toAssetId());
		params.put("toName", form.toName());
		params.put("ephi", form.ephiDescription());
		params.put("channel", form.channel().name());
		params.put("encrypted", form.encrypted().name());
		params.put("notes", form.notes());
		return params;
	}

	boolean deleteFlow(UUID practiceId, UUID id) {
		return this.jdbc.sql("delete from inv_data_flow where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update() == 1;
	}

	Optional<DataFlowDetails> findFlow(UUID practiceId, UUID id) {
		return this.jdbc.sql(FLOW_SELECT + " and f.id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(NetworkRepository::mapFlow)
			.optional();
	}

	/** Every data flow of the practice (for the rules and the diagram). */
	List<DataFlowDetails> flows(UUID practiceId) {
		return flows(practiceId, 0, Integer.MAX_VALUE);
	}

	/** One page of the practice's data flows, by the names of their ends. */
	List<DataFlowDetails> flows(UUID practiceId, int offset, int limit) {
		return this.jdbc.sql(FLOW_SELECT + " order by from_label, to_label, f.id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("limit", limit)
			.param("offset", offset)
			.query(NetworkRepository::mapFlow)
			.list();
	}

	int flowCount(UUID practiceId) {
		return this.jdbc.sql("select count(*) from inv_data_flow where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Integer.class)
			.single();
	}

	private static DataFlowDetails mapFlow(ResultSet rs, int row) throws SQLException {
		return new DataFlowDetails(rs.getObject("id", UUID.class),
				new DataFlowDetails.Endpoint(PartyType.valueOf(rs.getString("from_type")),
						rs.getObject("from_asset_id", UUID.class), rs.getString("from_label")),
				new DataFlowDetails.Endpoint(PartyType.valueOf(rs.getString("to_type")),
						rs.getObject("to_asset_id", UUID.class), rs.getString("to_label")),
				rs.getString("ephi_description"), FlowChannel.valueOf(rs.getString("channel")),
				Answer.valueOf(rs.getString("encrypted")), rs.getString("notes"));
	}

	// Reviews

	void insertReview(UUID practiceId, UUID id, Instant at, UUID userId, String reviewer, String notes) {
		this.jdbc.sql("""
				insert into inv_review (practice_id, id, reviewed_at, reviewed_by_user_id, reviewed_by, notes)
				values (:practiceId, :id, :at, :userId, :reviewer, :notes)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("userId", userId)
			.param("reviewer", reviewer)
			.param("notes", notes)
			.update();
	}

	Optional<InventorySummary.InventoryReview> lastReview(UUID practiceId) {
		return this.jdbc.sql("""
				select reviewed_at, reviewed_by, notes from inv_review where practice_id = :practiceId
				order by reviewed_at desc limit 1""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new InventorySummary.InventoryReview(rs.getTimestamp("reviewed_at").toInstant(),
					rs.getString("reviewed_by"), rs.getString("notes")))
			.optional();
	}

}
