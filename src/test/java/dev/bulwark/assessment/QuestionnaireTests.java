package dev.bulwark.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Question;
import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Applicability from the practice profile, progress per section, carry-over markers. */
class QuestionnaireTests {

	static final Catalog CATALOG = new Catalog();

	@Test
	void aSoloPractitionerIsNotAskedWorkforceQuestionsAndSeesWhy() {
		Map<String, Object> profile = Questionnaire.typedProfile(CATALOG.profileFields(),
				Map.of("solo_practitioner", "true", "workforce_size", "1"));
		List<AnswerView> views = Questionnaire.views(CATALOG, profile, false, Map.of(), (id) -> "x", false);
		List<AnswerView> ruledOut = views.stream().filter((v) -> !v.asked()).toList();
		assertThat(ruledOut).isNotEmpty();
		assertThat(ruledOut).allSatisfy((v) -> {
			assertThat(v.effectiveAnswer()).isEqualTo(AnswerValue.NOT_APPLICABLE);
			assertThat(v.effectiveReason()).isNotBlank();
		});
		assertThat(ruledOut).extracting(AnswerView::questionKey).contains("WF-02", "POL-08");
		assertThat(ruledOut.stream()
			.filter((v) -> v.questionKey().equals("WF-02"))
			.findFirst()
			.orElseThrow()
			.profileReason()).contains("work alone");
	}

	@Test
	void anUnansweredProfileRulesOutOnlyTheQuestionsForRareRoles() {
		// Catalog 2026.12.0: the government-arrangement question (BA-08) and the question
		// for
		// a practice that is itself a business associate (BA-14) are asked only once the
		// profile says they apply.
		List<AnswerView> views = Questionnaire.views(CATALOG, Map.of(), true, Map.of(), (id) -> "x", false);
		assertThat(views).hasSize(CATALOG.questions().size());
		assertThat(views).filteredOn((v) -> !v.asked())
			.extracting(AnswerView::questionKey)
			.containsExactlyInAnyOrder("BA-08", "BA-14");
	}

	@Test
	void proposedRuleQuestionsAreAskedOnlyInNprmReadyMode() {
		List<AnswerView> inForce = Questionnaire.views(CATALOG, Map.of(), false, Map.of(), (id) -> "x", false);
		List<AnswerView> nprm = Questionnaire.views(CATALOG, Map.of(), true, Map.of(), (id) -> "x", false);
		long proposed = CATALOG.questions().stream().filter(Question::proposed).count();
		assertThat(proposed).isPositive();
		assertThat(inForce).hasSize(CATALOG.questions().size() - (int) proposed).noneMatch(AnswerView::proposedRule);
		assertThat(nprm).anyMatch(AnswerView::proposedRule);
	}

	@Test
	void progressCountsAskedAnsweredSuccessesAndAreasForReview() {
		var section = CATALOG.sections().get(0);
		Map<String, AnswerRow> rows = new LinkedHashMap<>();
		List<Question> questions = section.questions().stream().filter((q) -> !q.proposed()).toList();
		rows.put(questions.get(0).key(), row(questions.get(0).key(), AnswerValue.YES, false));
		rows.put(questions.get(1).key(), row(questions.get(1).key(), AnswerValue.NO, true));
		rows.put(questions.get(2).key(), row(questions.get(2).key(), AnswerValue.DONT_KNOW, false));
		rows.put(questions.get(3).key(), row(questions.get(3).key(), AnswerValue.NOT_APPLICABLE, false));
		List<AnswerView> views = Questionnaire.views(CATALOG, Map.of(), false, rows, (id) -> "x", false);
		SectionProgress progress = Questionnaire.progress(CATALOG.sections(), views).get(0);
		assertThat(progress.key()).isEqualTo(section.key());
		assertThat(progress.asked()).isEqualTo(questions.size());
		assertThat(progress.answered()).isEqualTo(4);
		assertThat(progress.yes()).isEqualTo(1);
		assertThat(progress.review()).isEqualTo(2);
		assertThat(progress.notApplicable()).isEqualTo(1);
		assertThat(progress.flagged()).isEqualTo(1);
		assertThat(progress.percent()).isEqualTo(400 / questions.size());
		assertThat(progress.complete()).isFalse();
	}

	@Test
	void carriedOverAnswersAreMarkedUntilConfirmedAndChangesStandOut() {
		String same = "BAS-01";
		String changed = "BAS-02";
		AnswerRow lastYearSame = row(same, AnswerValue.YES, false).forNextAssessment();
		AnswerRow lastYearChanged = row(changed, AnswerValue.NO, true).forNextAssessment();
		assertThat(lastYearSame.carriedOver()).isTrue();
		assertThat(lastYearSame.previousAnswer()).isEqualTo(AnswerValue.YES);
		assertThat(lastYearChanged.flagged()).isFalse();
		AnswerRow nowYes = lastYearChanged.answered(new AnswerForm(AnswerValue.YES, null, null, null, false),
				Instant.now(), UUID.randomUUID());
		List<AnswerView> views = Questionnaire.views(CATALOG, Map.of(), false,
				Map.of(same, lastYearSame, changed, nowYes), (id) -> "x", true);
		AnswerView sameView = views.stream().filter((v) -> v.questionKey().equals(same)).findFirst().orElseThrow();
		AnswerView changedView = views.stream()
			.filter((v) -> v.questionKey().equals(changed))
			.findFirst()
			.orElseThrow();
		assertThat(sameView.carriedOver()).isTrue();
		assertThat(sameView.changedSinceLastYear()).isFalse();
		assertThat(sameView.answered()).isTrue();
		assertThat(changedView.carriedOver()).isFalse();
		assertThat(changedView.changedSinceLastYear()).isTrue();
		assertThat(changedView.previousAnswer()).isEqualTo(AnswerValue.NO);
	}

	@Test
	void profileInputIsCheckedFieldByField() {
		assertThat(Questionnaire.normalizeProfile(CATALOG.profileFields(),
				Map.of("workforce_size", " 07 ", "solo_practitioner", "false", "ehr_hosting", "CLOUD", "remote_work",
						"")))
			.containsEntry("workforce_size", "7")
			.containsEntry("ehr_hosting", "CLOUD")
			.doesNotContainKey("remote_work");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Questionnaire.normalizeProfile(CATALOG.profileFields(), Map.of("workforce_size", "many")))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("values[workforce_size]"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> Questionnaire.normalizeProfile(CATALOG.profileFields(), Map.of("ehr_hosting", "MAINFRAME")));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> Questionnaire.normalizeProfile(CATALOG.profileFields(), Map.of("solo_practitioner", "maybe")));
	}

	@Test
	void aNotApplicableAnswerNeedsAReason() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new AnswerForm(AnswerValue.NOT_APPLICABLE, "  ", null, null, false).check())
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("notApplicableReason"));
		new AnswerForm(AnswerValue.NOT_APPLICABLE, "We have no Wi-Fi at all.", null, null, false).check();
	}

	@Test
	void technicalQuestionsAreTheOnesAboutIt() {
		assertThat(Permissions.technical(CATALOG.question("TEC-01").orElseThrow())).isTrue();
		assertThat(Permissions.technical(CATALOG.question("POL-01").orElseThrow())).isFalse();
	}

	static AnswerRow row(String key, AnswerValue value, boolean flagged) {
		return new AnswerRow(key, value, (value == AnswerValue.NOT_APPLICABLE) ? "Does not apply to us." : null, null,
				null, flagged, null, null, false, Instant.now(), UUID.randomUUID());
	}

}
