package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.incidents.IncidentEvent.BreachAssessed;
import dev.bulwark.incidents.IncidentEvent.IncidentReported;
import dev.bulwark.incidents.IncidentEvent.IncidentViewed;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.policies.Policies;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incidents module on its own (the inventory, evidence store and policies engine are
 * stand-ins): commands and reads publish their facts, follow-up actions reach the risk
 * register as gaps, breaches and drills reach the calendar as due items.
 */
@ApplicationModuleTest
class IncidentsModuleTests {

	static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	/** The clock stands still at 30 June 2025, noon in Los Angeles. */
	private static final Instant NOW = ZonedDateTime.of(2025, 6, 30, 12, 0, 0, 0, LOS_ANGELES).toInstant();

	private final Incidents incidents;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	EvidenceStore evidence;

	@MockitoBean
	Policies policies;

	IncidentsModuleTests(Incidents incidents, JdbcClient jdbc, MutableClock clock) {
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void stopClock() {
		this.clock.setInstant(NOW);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private Actor newPractice(Role role) {
		return TestPractices.actor(
				TestPractices.insert(this.jdbc, Instant.parse("2025-01-01T00:00:00Z"), LOS_ANGELES, false), role,
				LOS_ANGELES);
	}

	private UUID reported(Actor actor) {
		return this.incidents.report(actor, new ReportForm("Letter with visit summaries mailed to the wrong patients",
				LocalDate.of(2025, 6, 10), "09:30", "Front desk"));
	}

	private UUID assessedAsBreach(Actor officer) {
		UUID id = reported(officer);
		this.incidents.triage(officer, id, new TriageForm(IncidentType.MISDIRECTED_PHI, IncidentStatus.INVESTIGATING,
				true, null, null, null, null));
		this.incidents.assess(officer, id, AssessmentForm.blank());
		return id;
	}

	@Test
	void reportingPublishesIncidentReportedWithoutWhatWasTyped(Scenario scenario) {
		Actor staff = newPractice(Role.STAFF);
		scenario.stimulate(() -> reported(staff))
			.andWaitForEventOfType(IncidentReported.class)
			.matchingMappedValue(IncidentReported::practiceId, staff.practiceId())
			.toArriveAndVerify((reported, id) -> {
				assertThat(reported.incidentId()).isEqualTo(id);
				assertThat(reported.action()).isEqualTo("incident.reported");
				assertThat(reported.summary()).isEqualTo("Incident reported (happened 2025-06-10)")
					.doesNotContain("wrong patients");
			});
	}

	@Test
	void everyReadOfAnIncidentIsAnAuditedFact(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		UUID id = reported(officer);
		scenario.stimulate(() -> this.incidents.incident(officer, id, "details and timeline"))
			.andWaitForEventOfType(IncidentViewed.class)
			.matchingMappedValue(IncidentViewed::incidentId, id)
			.toArriveAndVerify((viewed) -> {
				assertThat(viewed.action()).isEqualTo("incident.viewed");
				assertThat(viewed.summary()).isEqualTo("Incident record read: details and timeline");
			});
	}

	@Test
	void aFollowUpActionIsReportedToTheRiskRegisterAsAGapOfItsIncident(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		UUID id = reported(officer);
		scenario
			.stimulate(() -> this.incidents.addEntry(officer, id,
					new EntryForm(EntryKind.FOLLOW_UP, LocalDate.of(2025, 6, 11), null,
							"Check addresses twice before mailing", "Office manager")))
			.andWaitForEventOfType(GapsReported.class)
			.matchingMappedValue(GapsReported::practiceId, officer.practiceId())
			.toArriveAndVerify((gaps) -> {
				assertThat(gaps.source()).isEqualTo("incidents");
				assertThat(gaps.open()).singleElement().satisfies((gap) -> {
					assertThat(gap.key()).isEqualTo("incident:" + id);
					assertThat(gap.citation()).isEqualTo("164.308(a)(6)(ii)");
					assertThat(gap.detail()).isEqualTo("Check addresses twice before mailing");
					assertThat(gap.link()).isEqualTo("/incidents/" + id);
				});
			});
	}

	@Test
	void theAssessmentIsRecordedWithWhoDecided(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		UUID id = reported(officer);
		scenario.stimulate(() -> this.incidents.assess(officer, id, AssessmentForm.blank()))
			.andWaitForEventOfType(BreachAssessed.class)
			.matchingMappedValue(BreachAssessed::incidentId, id)
			.toArriveAndVerify((assessed, assessment) -> {
				assertThat(assessed.breach()).isTrue();
				assertThat(assessed.summary()).startsWith("Breach assessment decided by Pat Officer: Breach");
				assertThat(assessment.decidedBy()).isEqualTo(officer.userId());
			});
	}

	@Test
	void aBreachReportsItsDeadlinesToTheCalendarAsLaw(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		UUID id = assessedAsBreach(officer);
		scenario
			.stimulate(() -> this.incidents.recordBreach(officer, id, BreachTests.form("2025-06-10", 12, 0, "CA: 12")))
			.andWaitForEventOfType(DueItemsReported.class)
			.matchingMappedValue(DueItemsReported::practiceId, officer.practiceId())
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("incidents");
				assertThat(reported.items()).extracting(DueItemsReported.DueItem::key)
					.containsExactly("breach:" + id + ":individuals", "breach-log:2025");
				assertThat(reported.items()).extracting(DueItemsReported.DueItem::dueOn)
					.containsExactly(LocalDate.of(2025, 8, 9), LocalDate.of(2026, 3, 1));
				assertThat(reported.items())
					.allSatisfy((item) -> assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.LAW));
				assertThat(reported.items().get(1).obligationKey()).isEqualTo("OBL-BREACH-LOG-REPORT");
			});
	}

	@Test
	void aDrillReportsTheNextOneAsARecommendation(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		scenario
			.stimulate(() -> this.incidents.recordDrill(officer,
					new DrillForm("Ransomware on the front desk PC", LocalDate.of(2025, 5, 20), "Pat, Sam, IT support",
							"Knew whom to call", "No contact list", null)))
			.andWaitForEventOfType(DueItemsReported.class)
			.matchingMappedValue(DueItemsReported::practiceId, officer.practiceId())
			.toArriveAndVerify((reported) -> assertThat(reported.items()).singleElement().satisfies((item) -> {
				assertThat(item.key()).isEqualTo("drill");
				assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.RECOMMENDED);
				assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 5, 20));
			}));
	}

}
