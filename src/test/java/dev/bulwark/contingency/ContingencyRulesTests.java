package dev.bulwark.contingency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.GapsReported.Gap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each system's status (restore tests falling due, objectives against measured times),
 * the gaps reported to the risk register and the due items for the calendar.
 */
class ContingencyRulesTests {

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	final InventorySystem ehr = new InventorySystem(UUID.randomUUID(), "EHR server", "Server", true);

	final InventorySystem imaging = new InventorySystem(UUID.randomUUID(), "Imaging PC", "Workstation", true);

	final InventorySystem printer = new InventorySystem(UUID.randomUUID(), "Printer", "Printer or scanner", false);

	BackupDetails copy(InventorySystem system, BackupLocation location, BackupMedia media, BackupFrequency frequency,
			Instant last) {
		return new BackupDetails(UUID.randomUUID(), system.id(), system.name(), "Data", frequency, location, media,
				Answer.YES, Answer.YES, null, last, null, Instant.parse("2026-01-05T12:00:00Z"));
	}

	RestoreTestDetails test(InventorySystem system, LocalDate on, int minutes, RestoreOutcome outcome) {
		return new RestoreTestDetails(UUID.randomUUID(), system.id(), system.name(), on, "Files", minutes, outcome,
				"Pat", null);
	}

	@Test
	void systemsWithEphiOrBackupsOrARankAreListedInRestoreOrder() {
		CriticalityDetails first = new CriticalityDetails(this.imaging.id(), 1, 8, 24, 3, null);
		List<SystemStatus> statuses = ContingencyRules.statuses(List.of(this.ehr, this.imaging, this.printer),
				List.of(), List.of(), Map.of(this.imaging.id(), first), NOW, ZONE);
		assertThat(statuses).extracting((s) -> s.system().name()).containsExactly("Imaging PC", "EHR server");
	}

	@Test
	void aRestoreTestFallsDueThreeMonthsAfterTheLastSuccessByDefault() {
		List<BackupDetails> copies = List.of(copy(this.ehr, BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE,
				BackupFrequency.DAILY, NOW.minus(Duration.ofHours(3))));
		SystemStatus onTime = ContingencyRules
			.status(this.ehr, copies,
					List.of(test(this.ehr, LocalDate.of(2025, 12, 10), 30, RestoreOutcome.SUCCEEDED),
							test(this.ehr, LocalDate.of(2026, 2, 1), 30, RestoreOutcome.FAILED)),
					null, NOW, ZONE, TODAY);
		assertThat(onTime.restoreTestDueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(onTime.restoreTestOverdue()).isFalse();
		assertThat(onTime.lastTest().outcome()).isEqualTo(RestoreOutcome.FAILED);
		SystemStatus late = ContingencyRules.status(this.ehr, copies,
				List.of(test(this.ehr, LocalDate.of(2025, 12, 9), 30, RestoreOutcome.SUCCEEDED)), null, NOW, ZONE,
				TODAY);
		assertThat(late.restoreTestOverdue()).isTrue();
		SystemStatus never = ContingencyRules.status(this.ehr, copies, List.of(), null, NOW, ZONE, TODAY);
		assertThat(never.restoreTestDueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(never.restoreTestOverdue()).isTrue();
		SystemStatus monthly = ContingencyRules.status(this.ehr, copies,
				List.of(test(this.ehr, LocalDate.of(2026, 2, 9), 30, RestoreOutcome.SUCCEEDED)),
				new CriticalityDetails(this.ehr.id(), 1, 8, 24, 1, null), NOW, ZONE, TODAY);
		assertThat(monthly.restoreTestDueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(monthly.restoreTestOverdue()).isTrue();
	}

	@Test
	void objectivesAreCheckedAgainstTheMeasuredRestoreAndTheBackupFrequency() {
		List<BackupDetails> copies = List.of(
				copy(this.ehr, BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, BackupFrequency.DAILY, NOW),
				copy(this.ehr, BackupLocation.ON_SITE, BackupMedia.NAS, BackupFrequency.WEEKLY, NOW));
		SystemStatus status = ContingencyRules.status(this.ehr, copies,
				List.of(test(this.ehr, LocalDate.of(2026, 3, 1), 75 * 60, RestoreOutcome.SUCCEEDED)),
				new CriticalityDetails(this.ehr.id(), 1, 8, 4, 3, null), NOW, ZONE, TODAY);
		assertThat(status.objectiveProblems()).containsExactly(
				"The last successful test restore took 75 h; the recovery time objective is 8 h.",
				"Backups run every 24 h at best; the recovery point objective is 4 h.");
		assertThat(status.over72Hours()).isTrue();
		SystemStatus quick = ContingencyRules.status(this.ehr, copies,
				List.of(test(this.ehr, LocalDate.of(2026, 3, 1), 72 * 60, RestoreOutcome.SUCCEEDED)), null, NOW, ZONE,
				TODAY);
		assertThat(quick.over72Hours()).isFalse();
		assertThat(quick.objectiveProblems()).isEmpty();
	}

	@Test
	void gapsNameTheSystemsAndProposedOnesAppearOnlyInNprmMode() {
		List<BackupDetails> copies = List.of(copy(this.ehr, BackupLocation.ON_SITE, BackupMedia.EXTERNAL_DRIVE,
				BackupFrequency.WEEKLY, NOW.minus(Duration.ofDays(5))));
		List<SystemStatus> statuses = ContingencyRules.statuses(List.of(this.ehr, this.imaging, this.printer), copies,
				List.of(test(this.ehr, LocalDate.of(2026, 1, 10), 80 * 60, RestoreOutcome.SUCCEEDED)), Map.of(), NOW,
				ZONE);
		assertThat(ContingencyGaps.of(statuses, false))
			.extracting(Gap::key, Gap::vulnerabilityId, Gap::citation, Gap::title, Gap::detail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("backup.missing", "V-NO-BACKUP", "164.308(a)(7)(ii)(A)",
							"1 system holding ePHI has no backup recorded", "Imaging PC"),
					org.assertj.core.groups.Tuple.tuple("backup.three-two-one", "V-BACKUP-NOT-ISOLATED",
							"164.308(a)(7)(ii)(A)", "1 system's backups do not follow the 3-2-1 rule (recommended)",
							"EHR server"),
					org.assertj.core.groups.Tuple.tuple("criticality.missing", "V-NO-CRITICALITY-ANALYSIS",
							"164.308(a)(7)(ii)(E)", "2 systems holding ePHI are not in the criticality analysis",
							"EHR server, Imaging PC"));
		assertThat(ContingencyGaps.of(statuses, true)).extracting(Gap::key)
			.containsExactly("backup.missing", "backup.three-two-one", "criticality.missing", "backup.too-old",
					"restore.too-slow");
		assertThat(ContingencyGaps.of(statuses, true)).filteredOn((gap) -> gap.key().equals("backup.too-old"))
			.extracting(Gap::title)
			.containsExactly(
					"1 system holding ePHI has no backup from the last 48 hours (proposed rule, not in force)");
	}

	@Test
	void anOverdueRestoreTestIsAGap() {
		List<BackupDetails> copies = List.of(
				copy(this.ehr, BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, BackupFrequency.DAILY, NOW),
				copy(this.ehr, BackupLocation.ON_SITE, BackupMedia.NAS, BackupFrequency.DAILY, NOW));
		List<SystemStatus> statuses = ContingencyRules.statuses(List.of(this.ehr), copies, List.of(),
				Map.of(this.ehr.id(), new CriticalityDetails(this.ehr.id(), 1, 8, 24, 3, null)), NOW, ZONE);
		assertThat(ContingencyGaps.of(statuses, false)).extracting(Gap::key, Gap::citation)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("restore.test-overdue", "164.308(a)(7)(ii)(D)"));
	}

	@Test
	void dueItemsAreRecommendedAndTheProposed48HoursOnlyInNprmMode() {
		Instant last = Instant.parse("2026-03-09T04:30:00Z");
		List<BackupDetails> copies = List
			.of(copy(this.ehr, BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, BackupFrequency.DAILY, last));
		List<SystemStatus> statuses = ContingencyRules.statuses(List.of(this.ehr, this.imaging), copies,
				List.of(test(this.ehr, LocalDate.of(2026, 2, 1), 30, RestoreOutcome.SUCCEEDED)), Map.of(), NOW, ZONE);
		ExerciseDetails tabletop = new ExerciseDetails(UUID.randomUUID(), LocalDate.of(2025, 6, 1),
				ExerciseKind.TABLETOP, "Ransomware", null, "Old phone list", "Update the phone list",
				LocalDate.of(2025, 7, 1), null);
		List<DueItem> items = ContingencyReports.items(statuses, false, ZONE, List.of(tabletop), TODAY);
		assertThat(items).extracting(DueItem::key, DueItem::dueOn, DueItem::basis)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("restore-test:" + this.ehr.id(), LocalDate.of(2026, 5, 1),
							Basis.RECOMMENDED),
					org.assertj.core.groups.Tuple.tuple("plan-test", LocalDate.of(2026, 6, 1), Basis.RECOMMENDED),
					org.assertj.core.groups.Tuple.tuple("follow-up:" + tabletop.id(), LocalDate.of(2025, 7, 1),
							Basis.RECOMMENDED));
		List<DueItem> nprm = ContingencyReports.items(statuses, true, ZONE, List.of(), TODAY);
		assertThat(nprm).filteredOn((item) -> item.basis() == Basis.PROPOSED).singleElement().satisfies((item) -> {
			assertThat(item.key()).isEqualTo("backup-age:" + this.ehr.id());
			assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-03-11T04:30:00Z"));
			assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
			assertThat(item.title()).contains("proposed rule");
		});
		assertThat(nprm).filteredOn((item) -> item.key().equals("plan-test"))
			.extracting(DueItem::dueOn)
			.containsExactly(TODAY);
	}

}
