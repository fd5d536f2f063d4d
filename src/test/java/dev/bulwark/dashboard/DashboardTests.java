package dev.bulwark.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The posture page and {@code /api/v1/dashboard}: what is overdue and coming, the next
 * actions, the formula, the trend from monthly snapshots, roles, and the page's SQL held
 * to a budget.
 */
@BulwarkIntegrationTest
@Import(StatementCounter.class)
class DashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Posture posture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void thePostureShowsOverdueLawFirstAmongTheNextActionsAndExplainsTheFormula(
			@Autowired dev.bulwark.practice.Practices practices) {
		this.clock.setInstant(Instant.parse("2025-06-15T15:00:00Z"));
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = practices.today(officer.practiceId());
		publish(new DueItemsReported(officer.practiceId(), "incidents",
				List.of(new DueItem("breach:1:individuals", "Notify the individuals of the March breach",
						today.minusDays(2), null, Basis.LAW, null, null, "/incidents/1", "164.404(b)"),
						new DueItem("baa:2", "Renew the BAA with Imaging Co", today.plusDays(10), null,
								Basis.RECOMMENDED, null, null, "/vendors/2", null))));
		MvcTestResult page = this.mvc.get().uri("/").with(officer.signedIn()).exchange();
		assertThat(page).hasStatusOk().hasViewName("dashboard/posture");
		assertThat(page).model().containsKeys("posture", "trendSvg", "cards");
		PostureView view = (PostureView) page.getMvcResult().getModelAndView().getModel().get("posture");
		assertThat(view.overdue()).extracting((t) -> t.title())
			.containsExactly("Notify the individuals of the March breach");
		assertThat(view.upcoming()).extracting((t) -> t.title()).contains("Renew the BAA with Imaging Co");
		assertThat(view.nextActions()).hasSizeLessThanOrEqualTo(5);
		assertThat(view.nextActions().get(0).title()).isEqualTo("Notify the individuals of the March breach");
		assertThat(view.nextActions().get(0).why())
			.isEqualTo("Overdue since " + today.minusDays(2) + " (law in force)");
		assertThat(view.nextActions()).extracting(NextAction::title).contains("Start the security risk assessment");
		assertThat(page).bodyText()
			.contains("Each score is the share of good answers")
			.contains("Overall score, last 12 months");

		MvcTestResult api = this.mvc.get()
			.uri("/api/v1/dashboard")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.exchange();
		assertThat(api).hasStatusOk().bodyJson().extractingPath("$.overdue[0].basis").isEqualTo("LAW");
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(this.mvc.get().uri("/").with(staff.signedIn()).exchange()).hasStatusOk()
			.model()
			.doesNotContainKey("posture");
		assertThat(this.mvc.get()
			.uri("/api/v1/dashboard")
			.header("Authorization", "Bearer " + this.members.apiToken(staff))
			.exchange()).hasStatus(403);
	}

	@Test
	void monthlySnapshotsFromTheDailyTickDrawTheTrend() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.posture.snapshot(officer.practiceId(), LocalDate.of(2025, 4, 30));
		this.jdbc.sql("update dsh_snapshot set overall = 40 where practice_id = :p")
			.param("p", officer.practiceId())
			.update();
		this.posture.snapshot(officer.practiceId(), LocalDate.of(2025, 5, 1));
		this.posture.snapshot(officer.practiceId(), LocalDate.of(2025, 5, 31));
		assertThat(this.jdbc.sql("select count(*) from dsh_snapshot where practice_id = :p")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).as("one row per month").isEqualTo(2);
		String svg = TrendChart.svg(List.of(new Snapshot(LocalDate.of(2025, 4, 1), 40, 0, 0),
				new Snapshot(LocalDate.of(2025, 5, 1), 65, 1, 2)), LocalDate.of(2025, 6, 1));
		assertThat(svg).startsWith("<svg").contains("<path d=\"M").contains("2025-04 40; 2025-05 65;");
	}

	@Test
	void theDashboardStaysUnderFifteenStatements() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.systemDefault());
		publish(new DueItemsReported(officer.practiceId(), "vendors",
				List.of(new DueItem("a", "Renew A", today.minusDays(3), null, Basis.RECOMMENDED, null, null, "/v/a",
						null),
						new DueItem("b", "Renew B", today.plusDays(3), null, Basis.LAW, null, officer.userId(), "/v/b",
								null))));
		this.posture.view(officer.practiceId());
		StatementCounter.PREPARED.set(0);
		this.posture.view(officer.practiceId());
		assertThat(StatementCounter.PREPARED.get()).isLessThan(15);
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
		if (event instanceof DueItemsReported report) {
			org.awaitility.Awaitility.await()
				.until(() -> this.jdbc.sql("select count(*) from cal_item where practice_id = :p and source = :s")
					.param("p", report.practiceId())
					.param("s", report.source())
					.query(Long.class)
					.single() >= report.items().size());
		}
	}

}
