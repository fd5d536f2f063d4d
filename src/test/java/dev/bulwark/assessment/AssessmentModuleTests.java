package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment module on its own (with the modules it depends on), driven by events:
 * another module's {@link GapsReported} proposes and withdraws risks after its commit,
 * and the module's commands publish their facts.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AssessmentModuleTests {

	private static final Gap NO_BAA = new Gap("no-baa", null, "164.308(b)(1)",
			"A vendor handling patient information has no business associate agreement", "Affected: Acme Billing.",
			"/vendors");

	@Autowired
	Practices practices;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Autowired
	GapRisks gapRisks;

	private UUID newPractice() {
		return this.practices.create("Module test " + UUID.randomUUID()).id();
	}

	private static Actor officer(UUID practiceId) {
		return new Actor(UUID.randomUUID(), "officer@example.org", "Morgan Lee", practiceId, "Module practice",
				Role.SECURITY_OFFICER, false, AssessmentFixtures.ZONE);
	}

	@Test
	void aReportedGapBecomesAProposedRiskOfTheAssessmentUnderWay(Scenario scenario) {
		UUID practiceId = newPractice();
		UUID assessmentId = this.assessments.start(officer(practiceId), new NewAssessmentForm(null, false)).id();

		scenario.publish(new GapsReported(practiceId, "vendors", List.of(NO_BAA)))
			.andWaitForEventOfType(RiskProposed.class)
			.matching((event) -> event.practiceId().equals(practiceId))
			.toArriveAndVerify((event) -> {
				assertThat(event.sourceKey()).isEqualTo("vendors:no-baa");
				assertThat(event.again()).isFalse();
				assertThat(event.action()).isEqualTo("risk.proposed");
				RiskDetails risk = this.risks.details(practiceId, this.risks.record(practiceId, event.riskId()));
				assertThat(risk.assessmentId()).isEqualTo(assessmentId);
				assertThat(risk.status()).isEqualTo(RiskStatus.PROPOSED);
				assertThat(risk.source()).isEqualTo(RiskSource.GAP);
				assertThat(risk.title()).isEqualTo(NO_BAA.title());
				assertThat(risk.assets()).isEqualTo("Affected: Acme Billing.");
				assertThat(risk.citations()).startsWith("164.308(b)(1)");
				assertThat(risk.sourceLink()).isEqualTo("/vendors");
			});
	}

	@Test
	void aGapNoLongerReportedWithdrawsItsProposal(Scenario scenario) {
		UUID practiceId = newPractice();
		this.gapRisks.reconcile(new GapsReported(practiceId, "vendors", List.of(NO_BAA)));
		UUID riskId = gapRisk(practiceId).id();

		scenario.publish(new GapsReported(practiceId, "vendors", List.of()))
			.andWaitForEventOfType(RiskWithdrawn.class)
			.matching((event) -> event.riskId().equals(riskId))
			.toArriveAndVerify((event) -> assertThat(this.risks.record(practiceId, riskId).status())
				.isEqualTo(RiskStatus.WITHDRAWN));
	}

	@Test
	void aReportReplayedChangesNothingAndAGapThatReopensBringsTheSameRiskBack() {
		UUID practiceId = newPractice();
		GapsReported open = new GapsReported(practiceId, "vendors", List.of(NO_BAA));
		this.gapRisks.reconcile(open);
		this.gapRisks.reconcile(open);
		RiskDetails risk = gapRisk(practiceId);
		assertThat(this.risks.unaudited(practiceId, everything()).risks()).hasSize(1);

		this.gapRisks.reconcile(new GapsReported(practiceId, "vendors", List.of()));
		this.gapRisks.reconcile(new GapsReported(practiceId, "vendors", List.of()));
		assertThat(this.risks.record(practiceId, risk.id()).status()).isEqualTo(RiskStatus.WITHDRAWN);

		this.gapRisks.reconcile(open);
		assertThat(this.risks.unaudited(practiceId, everything()).risks()).singleElement().satisfies((again) -> {
			assertThat(again.id()).isEqualTo(risk.id());
			assertThat(again.status()).isEqualTo(RiskStatus.PROPOSED);
		});
	}

	@Test
	void twoReportsOfOneSourceAtTheSameMomentProposeOneRisk() throws Exception {
		UUID practiceId = newPractice();
		GapsReported report = new GapsReported(practiceId, "vendors", List.of(NO_BAA));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				done.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					this.gapRisks.reconcile(report);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.risks.unaudited(practiceId, everything()).risks()).singleElement()
			.satisfies((risk) -> assertThat(risk.status()).isEqualTo(RiskStatus.PROPOSED));
	}

	@Test
	void aRiskSomeoneWorkedOnStaysWhenItsGapCloses() {
		UUID practiceId = newPractice();
		this.gapRisks.reconcile(new GapsReported(practiceId, "vendors", List.of(NO_BAA)));
		RiskDetails risk = gapRisk(practiceId);
		this.risks.update(officer(practiceId), risk.id(),
				new RiskForm(risk.title(), List.of(), null, null, risk.assets(), null, RiskRating.HIGH, RiskRating.HIGH,
						Treatment.MITIGATE, null, null, null, null, null, null, null));

		this.gapRisks.reconcile(new GapsReported(practiceId, "vendors", List.of()));
		assertThat(this.risks.record(practiceId, risk.id()).status()).isEqualTo(RiskStatus.OPEN);
	}

	@Test
	void aGapNamingACatalogVulnerabilityTakesItsThreatsRatingsAndSteps() {
		UUID practiceId = newPractice();
		this.gapRisks.reconcile(new GapsReported(practiceId, "contingency", List.of(new Gap("no-backup", "V-NO-BACKUP",
				"164.308(a)(7)(ii)(A)", "A system is not backed up", "Affected: EHR server.", "/contingency"))));
		RiskDetails risk = this.risks.unaudited(practiceId, everything()).risks().get(0);
		assertThat(risk.vulnerabilityKey()).isEqualTo("V-NO-BACKUP");
		assertThat(risk.threats()).isNotEmpty();
		assertThat(risk.tasks()).isNotEmpty();
		assertThat(risk.assessmentId()).as("no assessment under way: it waits for the next one").isNull();
	}

	@Test
	void startingAnsweringAndSigningOffPublishTheirFacts(Scenario scenario) {
		UUID practiceId = newPractice();
		Actor officer = officer(practiceId);
		scenario.stimulate(() -> this.assessments.start(officer, new NewAssessmentForm("Risk assessment 2027", false)))
			.andWaitForEventOfType(AssessmentStarted.class)
			.matching((event) -> event.practiceId().equals(practiceId))
			.toArriveAndVerify((event, started) -> {
				assertThat(event.assessmentId()).isEqualTo(started.id());
				assertThat(event.action()).isEqualTo("assessment.created");
				assertThat(event.summary()).isEqualTo("Assessment started fresh; 0 current risks carried into it");
			});
		UUID id = this.assessments.open(practiceId).orElseThrow().id();

		scenario
			.stimulate(() -> this.assessments.answer(officer, id, "BAS-03",
					new AnswerForm(AnswerValue.NO, null, null, null, true)))
			.andWaitForEventOfType(AnswerSaved.class)
			.matching((event) -> event.assessmentId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.questionKey()).isEqualTo("BAS-03");
				assertThat(event.answer()).isEqualTo("NO");
				assertThat(event.summary())
					.startsWith("Question BAS-03 answered: No (flagged for later); risks proposed");
			});

		this.assessments.submit(officer, id);
		scenario.stimulate(() -> this.assessments.signOff(officer, id, new SignOffForm("Morgan Lee", true, true)))
			.andWaitForEventOfType(AssessmentSignedOff.class)
			.matching((event) -> event.assessmentId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.signedBy()).isEqualTo("Morgan Lee");
				assertThat(event.signedOn()).as("the practice's date, not UTC's")
					.isEqualTo(LocalDate.now(AssessmentFixtures.ZONE));
				assertThat(event.currentRisks())
					.as("the only risk, no earlier risk analysis, is remedied by signing this one off")
					.isZero();
				assertThat(event.action()).isEqualTo("assessment.signed-off");
			});
	}

	@Test
	void workOnTheRegisterPublishesItsFacts(Scenario scenario) {
		UUID practiceId = newPractice();
		Actor officer = officer(practiceId);
		RiskForm form = new RiskForm("Receptionist's sticky notes", List.of(), null, null, null, null,
				RiskRating.MODERATE, RiskRating.LOW, null, null, null, null, null, null, null, null);
		scenario.stimulate(() -> this.risks.create(officer, form))
			.andWaitForEventOfType(RiskAdded.class)
			.matching((event) -> event.practiceId().equals(practiceId))
			.toArriveAndVerify((event, risk) -> assertThat(event.riskId()).isEqualTo(risk.id()));
		UUID riskId = this.risks.unaudited(practiceId, RiskFilter.none()).risks().get(0).id();

		scenario
			.stimulate(() -> this.risks.addTask(officer, riskId, new TaskForm("Shred the notes", null, null, false)))
			.andWaitForEventOfType(TreatmentTaskAdded.class)
			.matching((event) -> event.riskId().equals(riskId))
			.toArriveAndVerify((event, task) -> assertThat(event.taskId()).isEqualTo(task.id()));
		UUID taskId = this.risks.details(practiceId, this.risks.record(practiceId, riskId)).tasks().get(0).id();

		scenario
			.stimulate(() -> this.risks.updateTask(officer, riskId, taskId,
					new TaskForm("Shred the notes", null, null, true)))
			.andWaitForEventOfType(TreatmentTaskCompleted.class)
			.matching((event) -> event.taskId().equals(taskId))
			.toArriveAndVerify((event) -> assertThat(event.action()).isEqualTo("risk.task-updated"));

		scenario
			.stimulate(() -> this.risks.accept(officer, riskId,
					new AcceptanceForm("The notes never hold patient data; we check every desk each evening.")))
			.andWaitForEventOfType(RiskAccepted.class)
			.matching((event) -> event.riskId().equals(riskId))
			.toArriveAndVerify((event) -> assertThat(this.risks.record(practiceId, riskId).status())
				.isEqualTo(RiskStatus.ACCEPTED));
	}

	private RiskDetails gapRisk(UUID practiceId) {
		return this.risks.unaudited(practiceId, everything()).risks().stream().findFirst().orElseThrow();
	}

	private static RiskFilter everything() {
		return new RiskFilter(null, null, null, null, true);
	}

}
