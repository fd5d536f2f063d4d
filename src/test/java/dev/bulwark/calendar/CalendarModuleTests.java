package dev.bulwark.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.catalog.Catalog;
import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.identity.Accounts;
import dev.bulwark.practice.JobClaims;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.PracticeDayBegan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The calendar on its own (practices, people and the evidence store are stand-ins):
 * snapshots of other modules open and close items, the daily tick opens the catalog's
 * recurring obligations, completing a task records it and opens the next occurrence.
 */
@ApplicationModuleTest
class CalendarModuleTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = ZonedDateTime.of(2026, 1, 15, 10, 0, 0, 0, CHICAGO).toInstant();

	private final Tasks tasks;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	EvidenceStore evidence;

	CalendarModuleTests(Tasks tasks, JdbcClient jdbc, MutableClock clock) {
		this.tasks = tasks;
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
	void aSnapshotOpensItemsAndTheNextSnapshotClosesThoseGoneAsDoneBySource(Scenario scenario) {
		Actor officer = newPractice(false);
		UUID practiceId = officer.practiceId();
		LocalDate today = LocalDate.of(2026, 1, 15);
		DueItem renewal = new DueItem("baa:1", "Renew the BAA with Cloud Backup Co", today.plusDays(20), null,
				Basis.RECOMMENDED, "OBL-BAA-REVIEW", null, "/vendors/1", "164.308(b)(1)");
		DueItem notice = new DueItem("breach:7:individuals", "Notify the individuals", today.plusDays(5), null,
				Basis.LAW, null, null, "/incidents/7", "164.404(b)");
		scenario.publish(new DueItemsReported(practiceId, "vendors", List.of(renewal, notice)))
			.andWaitForStateChange(() -> openCount(practiceId, "vendors"), (count) -> count == 2)
			.andVerify((count) -> {
				List<TaskSummary> upcoming = this.tasks.upcoming(practiceId, 30);
				assertThat(upcoming).extracting(TaskSummary::title)
					.containsExactly("Notify the individuals", "Renew the BAA with Cloud Backup Co");
				assertThat(upcoming.get(0).basisLabel()).isEqualTo("Law in force");
				assertThat(upcoming.get(0).link()).isEqualTo("/incidents/7");
				assertThat(upcoming.get(0).ownerName()).isEqualTo("Security officer");
			});
		DueItem moved = new DueItem("baa:1", "Renew the BAA with Cloud Backup Co", today.plusDays(40), null,
				Basis.RECOMMENDED, "OBL-BAA-REVIEW", null, "/vendors/1", "164.308(b)(1)");
		scenario.publish(new DueItemsReported(practiceId, "vendors", List.of(moved)))
			.andWaitForStateChange(() -> openCount(practiceId, "vendors"), (count) -> count == 1)
			.andVerify((count) -> {
				assertThat(statusOf(practiceId, "breach:7:individuals")).isEqualTo("DONE_BY_SOURCE");
				assertThat(this.jdbc.sql(
						"select due_on from cal_item where practice_id = :p and item_key = 'baa:1' and status = 'OPEN'")
					.param("p", practiceId)
					.query(LocalDate.class)
					.single()).isEqualTo(today.plusDays(40));
			});
	}

	@Test
	void theDailyTickOpensEachRecurringObligationOnceAndProposedOnesShowOnlyInNprmReadyMode(Scenario scenario) {
		Actor officer = newPractice(false);
		UUID practiceId = officer.practiceId();
		PracticeDayBegan day = new PracticeDayBegan(practiceId, LocalDate.of(2026, 1, 15), CHICAGO);
		scenario.publish(day)
			.andWaitForStateChange(() -> count(practiceId, "RECURRING"), (count) -> count > 0)
			.andVerify((count) -> {
				assertThat(statusOf(practiceId, "OBL-PENETRATION-TEST")).isEqualTo("OPEN");
				assertThat(statusOf(practiceId, "OBL-BREACH-LOG-REPORT")).as("the incidents module reports it")
					.isNull();
				List<TaskSummary> month = this.tasks.upcoming(practiceId, 40);
				assertThat(month).extracting(TaskSummary::obligationKey)
					.contains("OBL-RISK-ANALYSIS", "OBL-BACKUP-CHECK")
					.doesNotContain("OBL-PENETRATION-TEST", "OBL-VULNERABILITY-SCAN", "OBL-COMPLIANCE-AUDIT");
				assertThat(month).filteredOn((t) -> "OBL-BACKUP-CHECK".equals(t.obligationKey()))
					.singleElement()
					.satisfies((t) -> {
						assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 1, 22));
						assertThat(t.basisLabel()).isEqualTo("Bulwark's recommendation");
					});
			});
		long first = count(practiceId, "RECURRING");
		this.tasks.generateRecurring(practiceId, LocalDate.of(2026, 1, 16));
		assertThat(count(practiceId, "RECURRING")).as("one open occurrence each").isEqualTo(first);
		nprm(practiceId, true);
		assertThat(this.tasks.upcoming(practiceId, 40)).extracting(TaskSummary::obligationKey)
			.contains("OBL-PENETRATION-TEST", "OBL-VULNERABILITY-SCAN")
			.allSatisfy((key) -> assertThat(key).isNotNull());
		assertThat(this.tasks.upcoming(practiceId, 40))
			.filteredOn((t) -> "OBL-PENETRATION-TEST".equals(t.obligationKey()))
			.singleElement()
			.satisfies((t) -> assertThat(t.basisLabel()).isEqualTo("Proposed rule (not yet law)"));
	}

	@Test
	void aModuleReportingAnObligationItemByItemSupersedesItsGenericOccurrence(Scenario scenario) {
		Actor officer = newPractice(false);
		UUID practiceId = officer.practiceId();
		this.tasks.generateRecurring(practiceId, LocalDate.of(2026, 1, 15));
		assertThat(statusOf(practiceId, "OBL-POLICY-REVIEW")).isEqualTo("OPEN");
		DueItem review = new DueItem("review:1", "Review the policy \"Sanctions\"", LocalDate.of(2027, 1, 15), null,
				Basis.RECOMMENDED, "OBL-POLICY-REVIEW", null, "/policies/1", "164.316(b)(2)(iii)");
		scenario.publish(new DueItemsReported(practiceId, "policies", List.of(review)))
			.andWaitForStateChange(() -> statusOf(practiceId, "OBL-POLICY-REVIEW"), "SUPERSEDED"::equals)
			.andVerify((status) -> {
				this.tasks.generateRecurring(practiceId, LocalDate.of(2026, 1, 16));
				assertThat(statusOf(practiceId, "OBL-POLICY-REVIEW")).as("not opened again").isEqualTo("SUPERSEDED");
			});
	}

	@Test
	void completingATaskWithEvidenceRecordsItAndOpensTheNextOccurrence(Scenario scenario) {
		Actor officer = newPractice(false);
		TaskSummary task = this.tasks.add(officer,
				new TaskForm("Test the alarm", null, LocalDate.of(2026, 1, 31), null, Repeat.MONTHLY));
		EvidenceContent file = EvidenceContent.of("alarm-test.txt", "Alarm sounded".getBytes());
		scenario
			.stimulate(() -> this.tasks.complete(officer, task.id(), new CompleteForm("All fine", "Alarm test", null),
					List.of(file)))
			.andWaitForEventOfType(CalendarEvent.TaskCompleted.class)
			.matchingMappedValue(CalendarEvent.TaskCompleted::taskId, task.id())
			.toArriveAndVerify((completed, next) -> {
				assertThat(completed.action()).isEqualTo("task.completed");
				assertThat(completed.summary()).isEqualTo("Task \"Test the alarm\" (due 2026-01-31) completed on "
						+ "2026-01-15 with 1 evidence file(s); next due 2026-02-28");
				assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
				assertThat(next.open()).isTrue();
			});
		verify(this.evidence).storeFor(eq(officer), eq(EvidenceOwner.of("task", task.id())), any(), eq(file));
		TaskSummary done = this.tasks.get(officer, task.id());
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.completedByName()).isEqualTo("Pat Officer");
		assertThat(done.completionNote()).isEqualTo("All fine");
	}

	private long openCount(UUID practiceId, String source) {
		return this.jdbc.sql("select count(*) from cal_item where practice_id = :p and source = :s and status = 'OPEN'")
			.param("p", practiceId)
			.param("s", source)
			.query(Long.class)
			.single();
	}

	private long count(UUID practiceId, String kind) {
		return this.jdbc.sql("select count(*) from cal_item where practice_id = :p and kind = :k")
			.param("p", practiceId)
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	private String statusOf(UUID practiceId, String key) {
		return this.jdbc
			.sql("select status from cal_item where practice_id = :p and item_key = :k order by created_at desc")
			.param("p", practiceId)
			.param("k", key)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void nprm(UUID practiceId, boolean on) {
		given(this.practices.get(practiceId))
			.willReturn(TestPractices.details(practiceId, this.clock.instant(), on, CHICAGO));
		given(this.practices.zone(practiceId)).willReturn(CHICAGO);
	}

	private Actor newPractice(boolean nprmMode) {
		UUID practiceId = TestPractices.insert(this.jdbc, this.clock.instant(), CHICAGO, nprmMode);
		nprm(practiceId, nprmMode);
		given(this.accounts.members(any())).willReturn(List.of());
		return TestPractices.officer(practiceId, CHICAGO);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		Catalog catalog() {
			return new Catalog();
		}

		// The practice module's claim of a day's job, real: the reminders' exactly-once
		// rests on it.
		@Bean
		JobClaims jobClaims(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
			return new JobClaims(jdbc, clock, transactions);
		}

	}

}
