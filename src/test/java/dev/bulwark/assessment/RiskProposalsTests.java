package dev.bulwark.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weak answers propose risks once per vulnerability; better answers withdraw untouched
 * proposals but never edited risks.
 */
class RiskProposalsTests {

	@Test
	void weakAnswersProposeEachVulnerabilityOnceWithEveryQuestionThatRaisedIt() {
		List<AnswerView> answers = answers(Map.of("BAS-01", AnswerValue.NO, "BAS-02", AnswerValue.PARTLY, "BAS-03",
				AnswerValue.DONT_KNOW, "BAS-04", AnswerValue.YES));
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG, answers, List.of());
		assertThat(plan.create()).containsOnlyKeys("V-NO-ASSET-INVENTORY", "V-NO-RISK-ANALYSIS");
		assertThat(plan.create().get("V-NO-ASSET-INVENTORY")).containsExactlyInAnyOrder("BAS-01", "BAS-02");
		assertThat(plan.create().get("V-NO-RISK-ANALYSIS")).containsExactlyInAnyOrder("BAS-01", "BAS-03");
		assertThat(plan.withdraw()).isEmpty();
	}

	@Test
	void anExistingRiskForTheVulnerabilityIsLinkedNotDuplicated() {
		RiskRecord existing = risk("V-NO-RISK-ANALYSIS", RiskSource.QUESTIONNAIRE, RiskStatus.OPEN, true, "BAS-03");
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG,
				answers(Map.of("BAS-03", AnswerValue.NO, "BAS-04", AnswerValue.NO)), List.of(existing));
		assertThat(plan.create()).isEmpty();
		assertThat(plan.link()).containsEntry(existing.id(), java.util.Set.of("BAS-04"));
	}

	@Test
	void aHandMadeRiskNamingTheVulnerabilityCountsAsTheProposal() {
		RiskRecord manual = risk("V-NO-RISK-ANALYSIS", RiskSource.MANUAL, RiskStatus.OPEN, true);
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG,
				answers(Map.of("BAS-03", AnswerValue.NO)), List.of(manual));
		assertThat(plan.create()).isEmpty();
		assertThat(plan.link()).containsKey(manual.id());
	}

	@Test
	void aBetterAnswerWithdrawsAnUntouchedProposalButNeverAnEditedOrConfirmedRisk() {
		RiskRecord untouched = risk("V-NO-ASSET-INVENTORY", RiskSource.QUESTIONNAIRE, RiskStatus.PROPOSED, false,
				"BAS-02");
		RiskRecord edited = risk("V-NO-RISK-ANALYSIS", RiskSource.QUESTIONNAIRE, RiskStatus.PROPOSED, true, "BAS-03");
		RiskRecord confirmed = risk("V-NO-RISK-MANAGEMENT", RiskSource.QUESTIONNAIRE, RiskStatus.OPEN, false, "BAS-06");
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG,
				answers(Map.of("BAS-02", AnswerValue.YES, "BAS-03", AnswerValue.YES, "BAS-06", AnswerValue.YES)),
				List.of(untouched, edited, confirmed));
		assertThat(plan.withdraw()).containsExactly(untouched.id());
		assertThat(plan.create()).isEmpty();
	}

	@Test
	void aWithdrawnProposalComesBackWhenTheAnswerTurnsWeakAgain() {
		RiskRecord withdrawn = risk("V-NO-ASSET-INVENTORY", RiskSource.QUESTIONNAIRE, RiskStatus.WITHDRAWN, false,
				"BAS-02");
		RiskRecord dismissed = risk("V-NO-RISK-ANALYSIS", RiskSource.QUESTIONNAIRE, RiskStatus.WITHDRAWN, true,
				"BAS-03");
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG,
				answers(Map.of("BAS-02", AnswerValue.NO, "BAS-03", AnswerValue.NO)), List.of(withdrawn, dismissed));
		assertThat(plan.repropose()).containsExactly(withdrawn.id());
		assertThat(plan.create()).isEmpty();
	}

	@Test
	void answersAboutAWeaknessAnInventoryGapRaisedJoinThatRiskAndNeverWithdrawIt() {
		RiskRecord inventory = risk("V-NO-ASSET-INVENTORY", RiskSource.INVENTORY, RiskStatus.PROPOSED, false);
		RiskProposals.Plan plan = RiskProposals.plan(QuestionnaireTests.CATALOG,
				answers(Map.of("BAS-02", AnswerValue.NO)), List.of(inventory));
		assertThat(plan.withdraw()).isEmpty();
		assertThat(plan.create()).as("one risk with both sources, not two").isEmpty();
		assertThat(plan.link()).containsOnlyKeys(inventory.id());
		assertThat(plan.link().get(inventory.id())).containsExactly("BAS-02");

		RiskRecord closedGap = risk("V-NO-ASSET-INVENTORY", RiskSource.INVENTORY, RiskStatus.WITHDRAWN, false);
		assertThat(RiskProposals
			.plan(QuestionnaireTests.CATALOG, answers(Map.of("BAS-02", AnswerValue.NO)), List.of(closedGap))
			.create()).as("a withdrawn inventory risk is not brought back by answers")
			.containsOnlyKeys("V-NO-ASSET-INVENTORY");
	}

	@Test
	void aRiskShowsWhenEveryQuestionThatRaisedItIsNowAnsweredWell() {
		RiskRecord risk = risk("V-NO-ASSET-INVENTORY", RiskSource.QUESTIONNAIRE, RiskStatus.OPEN, true, "BAS-01",
				"BAS-02");
		Map<String, AnswerView> good = index(answers(Map.of("BAS-01", AnswerValue.YES, "BAS-02", AnswerValue.YES)));
		Map<String, AnswerView> mixed = index(answers(Map.of("BAS-01", AnswerValue.YES, "BAS-02", AnswerValue.NO)));
		assertThat(RiskProposals.answersNoLongerSupport(risk, good)).isTrue();
		assertThat(RiskProposals.answersNoLongerSupport(risk, mixed)).isFalse();
	}

	static List<AnswerView> answers(Map<String, AnswerValue> values) {
		Map<String, AnswerRow> rows = new java.util.LinkedHashMap<>();
		values.forEach((key, value) -> rows.put(key, QuestionnaireTests.row(key, value, false)));
		return Questionnaire.views(QuestionnaireTests.CATALOG, Map.of(), false, rows, (id) -> "x", false);
	}

	static Map<String, AnswerView> index(List<AnswerView> answers) {
		Map<String, AnswerView> byKey = new java.util.LinkedHashMap<>();
		answers.forEach((a) -> byKey.put(a.questionKey(), a));
		return byKey;
	}

	static RiskRecord risk(String vulnerability, RiskSource source, RiskStatus status, boolean edited,
			String... questions) {
		Instant now = Instant.now();
		return new RiskRecord(UUID.randomUUID(), UUID.randomUUID(), source, null, null, vulnerability, vulnerability,
				null, List.of(), null, null, null, List.of(), RiskRating.HIGH, RiskRating.HIGH, null, null, null,
				status, null, null, null, null, null, null, edited, now, now, List.of(questions));
	}

}
