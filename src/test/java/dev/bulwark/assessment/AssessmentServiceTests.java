package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.bulwark.assessment.AssessmentFixtures.actor;
import static dev.bulwark.assessment.AssessmentFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The services on the real database: proposals following answers, the frozen assessment,
 * next year's carry-over and comparison.
 */
@BulwarkIntegrationTest
class AssessmentServiceTests {

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void proposalsFollowTheAnswersButEditedRisksStay() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		answer(this.assessments, officer, id, "BAS-01", AnswerValue.NO);
		answer(this.assessments, officer, id, "BAS-02", AnswerValue.DONT_KNOW);
		List<RiskDetails> proposed = current(officer);
		assertThat(proposed).extracting(RiskDetails::vulnerabilityKey)
			.containsExactlyInAnyOrder("V-NO-ASSET-INVENTORY", "V-NO-RISK-ANALYSIS");
		RiskDetails inventory = byKey(proposed, "V-NO-ASSET-INVENTORY");
		assertThat(inventory.questionKeys()).containsExactly("BAS-01", "BAS-02");
		assertThat(inventory.tasks()).isNotEmpty();
		assertThat(inventory.status()).isEqualTo(RiskStatus.PROPOSED);

		RiskDetails analysis = byKey(proposed, "V-NO-RISK-ANALYSIS");
		this.risks.update(actor(officer), analysis.id(),
				new RiskForm(analysis.title(), List.of(), null, null, "Whole practice", null, RiskRating.HIGH,
						RiskRating.HIGH, null, officer.userId(), null, RiskStatus.PROPOSED, null, null, null, null));

		answer(this.assessments, officer, id, "BAS-01", AnswerValue.YES);
		answer(this.assessments, officer, id, "BAS-02", AnswerValue.YES);
		List<RiskDetails> after = all(officer);
		assertThat(byKey(after, "V-NO-ASSET-INVENTORY").status()).isEqualTo(RiskStatus.WITHDRAWN);
		RiskDetails kept = byKey(after, "V-NO-RISK-ANALYSIS");
		assertThat(kept.status()).isEqualTo(RiskStatus.PROPOSED);
		assertThat(kept.answersImproved()).isTrue();
		assertThat(kept.assets()).isEqualTo("Whole practice");

		answer(this.assessments, officer, id, "BAS-02", AnswerValue.PARTLY);
		assertThat(byKey(current(officer), "V-NO-ASSET-INVENTORY").status()).isEqualTo(RiskStatus.PROPOSED);
		assertThat(all(officer)).filteredOn((r) -> "V-NO-ASSET-INVENTORY".equals(r.vulnerabilityKey())).hasSize(1);
	}

	@Test
	void aPersonResumesAfterTheLastQuestionTheyAnswered() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(this.assessments.resumeAt(officer.practiceId(), id, officer.userId(), false))
			.hasValueSatisfying((a) -> assertThat(a.questionKey()).isEqualTo("BAS-01"));
		answer(this.assessments, officer, id, "WF-03", AnswerValue.YES);
		assertThat(this.assessments.resumeAt(officer.practiceId(), id, officer.userId(), false))
			.hasValueSatisfying((a) -> assertThat(a.questionKey()).isEqualTo("WF-04"));
	}

	@Test
	void theProfileRulesQuestionsOutAndTheirWeakAnswersStopProposing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		answer(this.assessments, officer, id, "WF-02", AnswerValue.NO);
		assertThat(current(officer)).isNotEmpty();
		this.assessments.saveProfile(actor(officer), id,
				new ProfileForm(java.util.Map.of("solo_practitioner", "true")));
		AssessmentDetails details = this.assessments.details(officer.practiceId(), id);
		AnswerView wf02 = details.answers()
			.stream()
			.filter((a) -> a.questionKey().equals("WF-02"))
			.findFirst()
			.orElseThrow();
		assertThat(wf02.asked()).isFalse();
		assertThat(wf02.effectiveAnswer()).isEqualTo(AnswerValue.NOT_APPLICABLE);
		assertThat(current(officer)).noneMatch((r) -> r.questionKeys().contains("WF-02")
				&& r.status() == RiskStatus.PROPOSED && r.questionKeys().size() == 1);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> answer(this.assessments, officer, id, "WF-02", AnswerValue.YES));
	}

	@Test
	void aSignedOffAssessmentIsFrozenAndKeepsItsRegisterAsSigned() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssessmentSummary signed = AssessmentFixtures.signedOff(this.assessments, officer);
		UUID id = signed.id();
		assertThat(signed.status()).isEqualTo(AssessmentStatus.SIGNED_OFF);
		assertThat(signed.signedOffName()).as("the signed-in account's name").isEqualTo(officer.displayName());
		assertThat(this.assessments.details(officer.practiceId(), id).attestation()).contains(officer.displayName())
			.contains(officer.practiceName());
		List<Runnable> changes = List.of(() -> answer(this.assessments, officer, id, "BAS-04", AnswerValue.YES),
				() -> this.assessments.saveProfile(actor(officer), id, new ProfileForm(java.util.Map.of())),
				() -> this.assessments.assign(actor(officer), id, new AssignmentForm("BAS-01", null, null)),
				() -> this.assessments.decide(actor(officer), id, "164.312(a)(2)(iii)",
						new DecisionForm(DecisionOutcome.IMPLEMENTED, null, null, false, null)),
				() -> this.assessments.submit(actor(officer), id), () -> this.assessments.reopen(actor(officer), id),
				() -> this.assessments.signOff(actor(officer), id, new SignOffForm("X", true, true)));
		for (Runnable change : changes) {
			assertThatExceptionOfType(StateConflictException.class).isThrownBy(change::run);
		}
		// Its only risk (no earlier risk analysis) was remedied by the sign-off: closed.
		RiskDetails risk = this.risks.register(officer.practiceId(), new RiskFilter(id, null, null, null, true))
			.risks()
			.get(0);
		// The living register carries on after sign-off; the signed register does not
		// change.
		this.risks.update(actor(officer), risk.id(),
				new RiskForm("Renamed after sign-off", List.of(), null, null, null, null, RiskRating.LOW,
						RiskRating.LOW, Treatment.MITIGATE, null, null, RiskStatus.CLOSED, null, null, null, null));
		RiskRegister asSigned = this.risks.register(officer.practiceId(), new RiskFilter(id, null, null, null, true));
		assertThat(asSigned.asSignedOff()).isTrue();
		assertThat(asSigned.risks()).extracting(RiskDetails::title).contains(risk.title());
		assertThat(this.risks.get(officer.practiceId(), risk.id()).status()).isEqualTo(RiskStatus.CLOSED);
	}

	@Test
	void nextYearStartsFromLastYearsAnswersAndShowsWhatChanged() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssessmentSummary lastYear = AssessmentFixtures.signedOff(this.assessments, officer);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.assessments
			.start(actor(this.members.newPractice(Role.SECURITY_OFFICER)), new NewAssessmentForm(null, true)));
		AssessmentSummary thisYear = this.assessments.start(actor(officer), new NewAssessmentForm("2027", true));
		assertThat(thisYear.previousId()).isEqualTo(lastYear.id());
		AssessmentDetails details = this.assessments.details(officer.practiceId(), thisYear.id());
		AnswerView bas03 = details.answers()
			.stream()
			.filter((a) -> a.questionKey().equals("BAS-03"))
			.findFirst()
			.orElseThrow();
		assertThat(bas03.answer()).isEqualTo(AnswerValue.NO);
		assertThat(bas03.carriedOver()).isTrue();
		assertThat(bas03.changedSinceLastYear()).isFalse();
		assertThat(this.risks.register(officer.practiceId(), RiskFilter.none()).risks())
			.extracting(RiskDetails::vulnerabilityKey)
			.containsExactly("V-NO-RISK-ANALYSIS");

		AnswerView changed = answer(this.assessments, officer, thisYear.id(), "BAS-03", AnswerValue.YES);
		assertThat(changed.changedSinceLastYear()).isTrue();
		assertThat(changed.previousAnswer()).isEqualTo(AnswerValue.NO);
		assertThat(changed.carriedOver()).isFalse();
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> this.assessments.start(actor(officer), new NewAssessmentForm(null, false)));

		Comparison comparison = this.assessments.compare(officer.practiceId(), thisYear.id(), lastYear.id());
		assertThat(comparison.older().id()).isEqualTo(lastYear.id());
		assertThat(comparison.answerChanges()).singleElement().satisfies((change) -> {
			assertThat(change.questionKey()).isEqualTo("BAS-03");
			assertThat(change.direction()).isEqualTo(Comparison.Direction.IMPROVED);
		});
		assertThat(comparison.closed()).as("last year's sign-off already remedied the missing risk analysis").isEmpty();
		assertThat(comparison.newerScores().score()).isGreaterThan(comparison.olderScores().score());
	}

	@Test
	void anotherPracticesRecordsAreNotFound() {
		TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, victim).id();
		UUID mine = AssessmentFixtures.start(this.assessments, other).id();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.assessments.details(other.practiceId(), id));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.assessments.compare(other.practiceId(), mine, id));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> answer(this.assessments, other, id, "BAS-01", AnswerValue.YES));
	}

	private List<RiskDetails> current(TestMember officer) {
		return this.risks.register(officer.practiceId(), RiskFilter.none()).risks();
	}

	private List<RiskDetails> all(TestMember officer) {
		return this.risks.register(officer.practiceId(), new RiskFilter(null, null, null, null, true)).risks();
	}

	private static RiskDetails byKey(List<RiskDetails> risks, String vulnerability) {
		return risks.stream().filter((r) -> vulnerability.equals(r.vulnerabilityKey())).findFirst().orElseThrow();
	}

}
