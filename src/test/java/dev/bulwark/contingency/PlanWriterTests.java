package dev.bulwark.contingency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.inventory.InventorySystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's Markdown: every part, written from the registers; proposed figures only in
 * NPRM-ready mode.
 */
class PlanWriterTests {

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

	final InventorySystem ehr = new InventorySystem(UUID.randomUUID(), "EHR | server", "Server", true);

	String plan(boolean nprm) {
		BackupDetails cloud = new BackupDetails(UUID.randomUUID(), this.ehr.id(), this.ehr.name(), "Database",
				BackupFrequency.DAILY, BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, Answer.YES, Answer.YES,
				"30 days", Instant.parse("2026-03-10T04:00:00Z"), null, Instant.parse("2026-01-01T00:00:00Z"));
		List<SystemStatus> statuses = ContingencyRules.statuses(List.of(this.ehr), List.of(cloud),
				List.of(new RestoreTestDetails(UUID.randomUUID(), this.ehr.id(), this.ehr.name(),
						LocalDate.of(2026, 2, 1), "Charts", 90, RestoreOutcome.SUCCEEDED, "Pat", null)),
				Map.of(this.ehr.id(), new CriticalityDetails(this.ehr.id(), 1, 8, 24, 3, null)), NOW, ZONE);
		return PlanWriter.markdown("Maple Dental", statuses, List.of(cloud),
				List.of(new ContactDetails(UUID.randomUUID(), "Ivy IT", "IT provider: restores the server", "555-0100",
						null)),
				List.of(new StepDetails(UUID.randomUUID(), PlanPart.EMERGENCY_MODE, 1, "Use the paper\nschedule.")),
				List.of(new ExerciseDetails(UUID.randomUUID(), LocalDate.of(2026, 1, 20), ExerciseKind.TABLETOP,
						"Ransomware", null, null, null, null, null)),
				nprm, ZONE);
	}

	@Test
	void thePlanHasEveryPartWrittenFromTheRegisters() {
		String plan = plan(false);
		assertThat(plan).contains("This plan says how Maple Dental keeps copies")
			.contains("| Ivy IT | IT provider: restores the server | 555-0100 |  |")
			.contains("## 2. Data backup plan (164.308(a)(7)(ii)(A))")
			.contains("| EHR \\| server | Database | Every day | In the cloud | Cloud storage | Yes | Yes | 30 days | "
					+ "2026-03-09 23:00 |")
			.contains("- EHR | server: does not pass. Only 2 copies")
			.contains("## 3. Disaster recovery plan (164.308(a)(7)(ii)(B))")
			.contains("| 1 | EHR \\| server | 8 h | 24 h | 2026-02-01 | 1 h 30 min |")
			.contains("## 4. Emergency mode operation plan (164.308(a)(7)(ii)(C))")
			.contains("1. Use the paper schedule.")
			.contains("## 5. Testing and revision (164.308(a)(7)(ii)(D))")
			.contains("| 2026-01-20 | Tabletop exercise | Ransomware | none |")
			.contains("a recommendation, not a requirement of the rule")
			.doesNotContain("48 hours")
			.doesNotContain("72 hours");
	}

	@Test
	void proposedFiguresAppearOnlyInNprmModeLabelledAsProposed() {
		assertThat(plan(true)).contains("### Backup age (proposed rule, not in force)")
			.contains("no more than 48 hours old")
			.contains("The 2025 proposed rule (not in force) would require written procedures to restore relevant "
					+ "systems and data within 72 hours")
			.contains("No measured restore took longer.");
	}

}
