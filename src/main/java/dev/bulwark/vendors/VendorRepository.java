package dev.bulwark.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vendor register. Every statement is scoped by practice. */
@Repository
class VendorRepository {

	static final int PAGE_SIZE = 50;

	private static final String COLUMNS = """
			id, name, service, contact_name, contact_email, contact_phone, data_flows, creates_phi, receives_phi,
			maintains_phi, transmits_phi, conduit, business_associate, risk_tier, notes, baa_state, baa_renewal_on, created_at,
			updated_at""";

	private final JdbcClient jdbc;

	VendorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Vendor vendor, Instant now) {
		VendorForm form = vendor.form();
		this.jdbc.sql("""
				insert into vnd_vendor (practice_id, id, name, service, contact_name, contact_email, contact_phone,
				data_flows, creates_phi, receives_phi, maintains_phi, transmits_phi, conduit, business_associate,
				risk_tier, notes, created_at, updated_at)
				values (:practiceId, :id, :name, :service, :contactName, :contactEmail, :contactPhone, :dataFlows,
				:creates, :receives, :maintains, :transmits, :conduit, :ba, :riskTier, :notes, :now, :now)""")
			.params(params(vendor, now))
			.update();
		replaceSystems(vendor);
	}

	void update(Vendor vendor, Instant now) {
		this.jdbc.sql("""
				update vnd_vendor set name = :name, service = :service, contact_name = :contactName,
				contact_email = :contactEmail, contact_phone = :contactPhone, data_flows = :dataFlows,
				creates_phi = :creates, receives_phi = :receives, maintains_phi = :maintains,
				transmits_phi = :transmits, conduit = :conduit, business_associate = :ba, risk_tier = :riskTier,
				notes = :notes, updated_at = :now
				where practice_id = :practiceId and id = :id""").params(params(vendor, now)).update();
		replaceSystems(vendor);
	}

	private void replaceSystems(Vendor vendor) {
		this.jdbc.sql("delete from vnd_vendor_system where practice_id = :practiceId and vendor_id = :id")
			.param("practiceId", vendor.practiceId())
			.param("id", vendor.id())
			.update();
		for (UUID assetId : vendor.form().systemIds()) {
			this.jdbc.sql("""
					insert into vnd_vendor_system (practice_id, vendor_id, asset_id)
					values (:practiceId, :id, :assetId)""")
				.param("practiceId", vendor.practiceId())
				.param("id", vendor.id())
				.param("assetId", assetId)
				.update();
		}
	}

	private static Map<String, Object> params(Vendor vendor, Instant now) {
		VendorForm form = vendor.form();
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("practiceId", vendor.practiceId());
		params.put("id", vendor.id());
		params.put("name", form.name());
		params.put("service", form.service());
		params.put("contactName", form.contactName());
		params.put("contactEmail", form.contactEmail());
		params.put("contactPhone", form.contactPhone());
		params.put("dataFlows", form.dataFlows());
		params.put("creates", form.createsPhi());
		params.put("receives", form.receivesPhi());
		params.put("maintains", form.maintainsPhi());
		params.put("transmits", form.transmitsPhi());
		params.put("conduit", form.conduit());
		params.put("ba", vendor.businessAssociate());
		params.put("riskTier", form.riskTier().name());
		params.put("notes", form.notes());
		params.put("now", Timestamp.from(now));
		return params;
	}

	/**
	 * One vendor; the names of its systems come from the given lookup (the inventory's
	 * systems in use).
	 */
	Optional<VendorDetails> find(UUID practiceId, UUID id, Function<UUID, String> systemNames) {
		List<UUID> systems = this.jdbc
			.sql("select asset_id from vnd_vendor_system where practice_id = :practiceId and vendor_id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(UUID.class)
			.list();
		return this.jdbc.sql("select " + COLUMNS + " from vnd_vendor where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query((rs, row) -> details(rs,
					systems.stream()
						.map((asset) -> new VendorDetails.SystemRef(asset, systemNames.apply(asset)))
						.sorted(java.util.Comparator.comparing(VendorDetails.SystemRef::label))
						.toList()))
			.optional();
	}

	/** One page of the register, by name. */
	List<VendorSummary> page(UUID practiceId, int offset) {
		return this.jdbc.sql("""
				select id, name, service, business_associate, risk_tier, baa_state, baa_renewal_on from vnd_vendor
				where practice_id = :practiceId order by lower(name), id
				limit :limit offset :offset""")
			.param("practiceId", practiceId)
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, row) -> new VendorSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("service"), rs.getBoolean("business_associate"),
					RiskTier.valueOf(rs.getString("risk_tier")).label(),
					BaaState.valueOf(rs.getString("baa_state")).label(),
					BaaState.valueOf(rs.getString("baa_state")).gap(), date(rs, "baa_renewal_on")))
			.list();
	}

	long count(UUID practiceId) {
		return this.jdbc.sql("select count(*) from vnd_vendor where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	/** Every vendor of the practice, by name: for reports and gap checks. */
	List<VendorDetails> all(UUID practiceId) {
		Map<UUID, List<UUID>> systems = new java.util.HashMap<>();
		this.jdbc.sql("select vendor_id, asset_id from vnd_vendor_system where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query((rs, row) -> systems
				.computeIfAbsent(rs.getObject("vendor_id", UUID.class), (k) -> new java.util.ArrayList<>())
				.add(rs.getObject("asset_id", UUID.class)))
			.list();
		return this.jdbc
			.sql("select " + COLUMNS + " from vnd_vendor where practice_id = :practiceId order by lower(name), id")
			.param("practiceId", practiceId)
			.query((rs, row) -> details(rs,
					systems.getOrDefault(rs.getObject("id", UUID.class), List.of())
						.stream()
						.map((asset) -> new VendorDetails.SystemRef(asset, null))
						.toList()))
			.list();
	}

	/** Records where a vendor's agreement stands, as computed by the standing rules. */
	void updateStanding(UUID practiceId, UUID id, BaaState state, java.time.LocalDate renewalOn) {
		this.jdbc.sql("""
				update vnd_vendor set baa_state = :state, baa_renewal_on = :renewalOn
				where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("state", state.name())
			.param("renewalOn", renewalOn)
			.update();
	}

	private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static VendorDetails details(ResultSet rs, List<VendorDetails.SystemRef> systems) throws SQLException {
		boolean ba = rs.getBoolean("business_associate");
		boolean conduit = rs.getBoolean("conduit");
		Determination determination = ba ? Determination.BUSINESS_ASSOCIATE
				: (conduit && rs.getBoolean("transmits_phi")) ? Determination.CONDUIT : Determination.NO_PHI;
		return new VendorDetails(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("service"),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"), systems,
				rs.getString("data_flows"), rs.getBoolean("creates_phi"), rs.getBoolean("receives_phi"),
				rs.getBoolean("maintains_phi"), rs.getBoolean("transmits_phi"), conduit, determination,
				RiskTier.valueOf(rs.getString("risk_tier")), rs.getString("notes"),
				BaaState.valueOf(rs.getString("baa_state")), date(rs, "baa_renewal_on"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
