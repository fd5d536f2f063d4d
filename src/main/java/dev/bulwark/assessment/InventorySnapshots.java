package dev.bulwark.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventoryListing;
import dev.bulwark.inventory.InventorySummary;
import dev.bulwark.practice.Practices;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inventory section of an assessment report: live for an assessment under way, and
 * frozen at sign-off (stored as JSON beside the assessment) so a signed-off report never
 * changes afterwards.
 */
@Component
class InventorySnapshots {

	private final Inventory inventory;

	private final Practices practices;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	InventorySnapshots(Inventory inventory, Practices practices, JdbcClient jdbc) {
		this.inventory = inventory;
		this.practices = practices;
		this.jdbc = jdbc;
	}

	ReportModel.InventorySection current(UUID practiceId) {
		InventorySummary summary = this.inventory.summary(practiceId);
		InventoryListing listing = this.inventory.listing(practiceId);
		return new ReportModel.InventorySection(summary.assets(), summary.ephiAssets(), summary.dataFlows(),
				summary.openFindings(),
				(summary.lastReview() == null) ? null
						: summary.lastReview().reviewedAt().atZone(this.practices.zone(practiceId)).toLocalDate()
								+ " by " + summary.lastReview().reviewedBy(),
				summary.reviewDue(),
				this.inventory.openFindings(practiceId)
					.stream()
					.map((finding) -> new ReportModel.FindingLine(finding.citation(), finding.title(),
							finding.proposedRule()))
					.toList(),
				(summary.assets() == 0) ? null : this.inventory.diagramSvg(practiceId),
				listing.assets()
					.stream()
					.map((a) -> new ReportModel.AssetLine(a.name(), a.kind(), a.ephi(), a.location(), a.encryption(),
							a.mfa(), a.backedUp(), a.owner()))
					.toList(),
				listing.flows()
					.stream()
					.map((f) -> new ReportModel.FlowLine(f.from(), f.to(), f.what(), f.channel(), f.encrypted()))
					.toList());
	}

	/**
	 * The section for a report: the stored one for a signed-off assessment, else the live
	 * one.
	 */
	ReportModel.InventorySection forReport(UUID practiceId, UUID assessmentId, boolean signedOff) {
		if (signedOff) {
			Optional<String> stored = this.jdbc
				.sql("select snapshot from asm_inventory_snapshot where practice_id = :p and assessment_id = :a")
				.param("p", practiceId)
				.param("a", assessmentId)
				.query(String.class)
				.optional();
			if (stored.isPresent()) {
				return this.json.readValue(stored.get(), ReportModel.InventorySection.class);
			}
		}
		return current(practiceId);
	}

	void freeze(UUID practiceId, UUID assessmentId, Instant at) {
		this.jdbc.sql("""
				insert into asm_inventory_snapshot (practice_id, assessment_id, taken_at, snapshot)
				values (:p, :a, :at, :snapshot)""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("at", Timestamp.from(at))
			.param("snapshot", this.json.writeValueAsString(current(practiceId)))
			.update();
	}

}
