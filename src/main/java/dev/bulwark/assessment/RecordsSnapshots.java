package dev.bulwark.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.incidents.IncidentListing;
import dev.bulwark.incidents.Incidents;
import dev.bulwark.vendors.BusinessAssociateListing;
import dev.bulwark.vendors.Vendors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The other modules' records a report prints (the incidents of the period, the business
 * associates with their agreements): live while the assessment is under way, frozen at
 * sign-off like the inventory section, so a signed analysis never changes when an
 * incident or an agreement is recorded later.
 */
@Component
class RecordsSnapshots {

	private final Incidents incidents;

	private final Vendors vendors;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	RecordsSnapshots(Incidents incidents, Vendors vendors, JdbcClient jdbc) {
		this.incidents = incidents;
		this.vendors = vendors;
		this.jdbc = jdbc;
	}

	Records current(UUID practiceId, LocalDate from, LocalDate to) {
		return new Records(this.incidents.inPeriod(practiceId, from, to), this.vendors.businessAssociates(practiceId));
	}

	/** The stored records for a signed-off assessment, else the live ones. */
	Records forReport(UUID practiceId, UUID assessmentId, boolean signedOff, LocalDate from, LocalDate to) {
		if (signedOff) {
			Optional<String> stored = this.jdbc
				.sql("select snapshot from asm_records_snapshot where practice_id = :p and assessment_id = :a")
				.param("p", practiceId)
				.param("a", assessmentId)
				.query(String.class)
				.optional();
			if (stored.isPresent()) {
				return this.json.readValue(stored.get(), Records.class);
			}
		}
		return current(practiceId, from, to);
	}

	void freeze(UUID practiceId, UUID assessmentId, Instant at, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				insert into asm_records_snapshot (practice_id, assessment_id, taken_at, snapshot)
				values (:p, :a, :at, :snapshot)""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("at", Timestamp.from(at))
			.param("snapshot", this.json.writeValueAsString(current(practiceId, from, to)))
			.update();
	}

	record Records(List<IncidentListing> incidents, List<BusinessAssociateListing> associates) {

	}

}
