package dev.bulwark.contingency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.policies.Policies;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.PracticeDayBegan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The contingency module on its own (the inventory, the practice, the policies engine and
 * the evidence store are stand-ins): commands publish their facts and report the gaps and
 * due items, and the daily tick reports them again as restore tests fall due.
 */
@ApplicationModuleTest
class ContingencyModuleTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = ZonedDateTime.of(2026, 1, 15, 10, 0, 0, 0, CHICAGO).toInstant();

	private final Contingency contingency;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Policies policies;

	@MockitoBean
	EvidenceStore evidence;

	ContingencyModuleTests(Contingency contingency, JdbcClient jdbc, MutableClock clock) {
		this.contingency = contingency;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void startClock() {
		this.clock.setInstant(START);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void recordingABackupPublishesItsFactAndTheThreeTwoOneGap(Scenario scenario) {
		Actor officer = newPractice(false);
		InventorySystem ehr = system(officer, "EHR server");
		scenario.stimulate(() -> this.contingency.addBackup(officer, ContingencyFixtures.onSiteDrive(ehr.id())))
			.andWaitForEventOfType(GapsReported.class)
			.matchingMappedValue(GapsReported::practiceId, officer.practiceId())
			.toArriveAndVerify((gaps, backup) -> {
				assertThat(gaps.source()).isEqualTo("contingency");
				assertThat(gaps.open()).extracting(GapsReported.Gap::key)
					.containsExactly("backup.three-two-one", "restore.test-overdue", "criticality.missing");
				assertThat(backup.systemName()).isEqualTo("EHR server");
			});
	}

	@Test
	void aRestoreTestPublishesRestoreTestRecorded(Scenario scenario) {
		Actor officer = newPractice(false);
		InventorySystem ehr = system(officer, "EHR server");
		scenario
			.stimulate(() -> this.contingency.recordRestoreTest(officer,
					new RestoreTestForm(ehr.id(), LocalDate.of(2026, 1, 10), "Charts", 42, RestoreOutcome.SUCCEEDED,
							null, null)))
			.andWaitForEventOfType(ContingencyEvent.RestoreTestRecorded.class)
			.matchingMappedValue(ContingencyEvent.RestoreTestRecorded::practiceId, officer.practiceId())
			.toArriveAndVerify((recorded, test) -> {
				assertThat(recorded.action()).isEqualTo("restore-test.recorded");
				assertThat(recorded.objectId()).isEqualTo(test.id().toString());
				assertThat(recorded.summary())
					.isEqualTo("Restore test of \"EHR server\" on 2026-01-10: succeeded in 42 min");
				assertThat(test.performedBy()).isEqualTo("Pat Officer");
			});
	}

	@Test
	void aRestoreTestMovesItsNextDueDateAndInNprmModeTheProposedBackupAgeIsReported(Scenario scenario) {
		Actor officer = newPractice(true);
		InventorySystem ehr = system(officer, "EHR server");
		this.clock.setInstant(ZonedDateTime.of(2026, 1, 10, 9, 0, 0, 0, CHICAGO).toInstant());
		this.contingency.addBackup(officer,
				new BackupForm(ehr.id(), "Database", BackupFrequency.DAILY, BackupLocation.CLOUD,
						BackupMedia.CLOUD_STORAGE, Answer.YES, Answer.YES, null,
						java.time.LocalDateTime.of(2026, 1, 10, 2, 0), null));
		scenario
			.stimulate(() -> this.contingency.recordRestoreTest(officer,
					new RestoreTestForm(ehr.id(), LocalDate.of(2026, 1, 10), "Charts", 30, RestoreOutcome.SUCCEEDED,
							null, null)))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((due) -> due.practiceId().equals(officer.practiceId())
					&& due.items().stream().anyMatch((item) -> item.dueOn().equals(LocalDate.of(2026, 4, 10))))
			.toArriveAndVerify((due) -> assertThat(due.items())
				.extracting(DueItemsReported.DueItem::key, DueItemsReported.DueItem::dueOn,
						DueItemsReported.DueItem::basis)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("restore-test:" + ehr.id(), LocalDate.of(2026, 4, 10),
								DueItemsReported.Basis.RECOMMENDED),
						org.assertj.core.groups.Tuple.tuple("backup-age:" + ehr.id(), LocalDate.of(2026, 1, 12),
								DueItemsReported.Basis.PROPOSED),
						org.assertj.core.groups.Tuple.tuple("plan-test", LocalDate.of(2026, 1, 10),
								DueItemsReported.Basis.RECOMMENDED)));
	}

	@Test
	void theDailyTickOpensTheOverdueRestoreTestGap(Scenario scenario) {
		Actor officer = newPractice(false);
		InventorySystem ehr = system(officer, "EHR server");
		this.clock.setInstant(ZonedDateTime.of(2026, 1, 10, 9, 0, 0, 0, CHICAGO).toInstant());
		this.contingency.addBackup(officer, new BackupForm(ehr.id(), "Database", BackupFrequency.DAILY,
				BackupLocation.CLOUD, BackupMedia.NAS, Answer.YES, Answer.YES, null, null, null));
		this.contingency.addBackup(officer, ContingencyFixtures.onSiteDrive(ehr.id()));
		this.contingency.recordRestoreTest(officer, new RestoreTestForm(ehr.id(), LocalDate.of(2026, 1, 10), "Charts",
				30, RestoreOutcome.SUCCEEDED, null, null));
		// From here on nothing is open until the restore test falls due.
		this.contingency.setCriticality(officer, ehr.id(), new CriticalityForm(1, 8, 24, null, null));
		this.clock.setInstant(ZonedDateTime.of(2026, 4, 11, 0, 30, 0, 0, CHICAGO).toInstant());
		scenario.publish(new PracticeDayBegan(officer.practiceId(), LocalDate.of(2026, 4, 11), CHICAGO))
			.andWaitForEventOfType(GapsReported.class)
			.matching((gaps) -> gaps.practiceId().equals(officer.practiceId())
					&& gaps.open().stream().map(GapsReported.Gap::key).toList().equals(List.of("restore.test-overdue")))
			.toArriveAndVerify((gaps) -> assertThat(gaps.open()).extracting(GapsReported.Gap::key)
				.containsExactly("restore.test-overdue"));
	}

	private InventorySystem system(Actor officer, String name) {
		InventorySystem system = new InventorySystem(UUID.randomUUID(), name, "Server", true);
		given(this.inventory.systems(officer.practiceId())).willReturn(List.of(system));
		given(this.inventory.system(officer.practiceId(), system.id())).willReturn(Optional.of(system));
		return system;
	}

	private Actor newPractice(boolean nprm) {
		// The row says "not NPRM-ready" whatever the mocked details say: the module reads
		// the mode through Practices.
		UUID practiceId = TestPractices.insert(this.jdbc, this.clock.instant(), CHICAGO, false);
		given(this.practices.get(practiceId))
			.willReturn(TestPractices.details(practiceId, this.clock.instant(), nprm, CHICAGO));
		given(this.practices.zone(practiceId)).willReturn(CHICAGO);
		return TestPractices.officer(practiceId, CHICAGO);
	}

}
