package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of the safeguards verification and of a material breach, without Spring. */
class OversightTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	private static final List<String> KEYS = List.of("a", "b", "c", "d");

	private static VerificationForm form(Map<String, String> answers, LocalDate on) {
		return new VerificationForm(on, VerificationSource.VENDOR, answers, null, null);
	}

	@Test
	void theScoreIsThePerCentOfThePointsOfTheQuestionsThatApply() {
		Map<String, VerificationAnswer> answers = new LinkedHashMap<>();
		answers.put("a", VerificationAnswer.YES);
		answers.put("b", VerificationAnswer.PARTLY);
		answers.put("c", VerificationAnswer.NO);
		answers.put("d", VerificationAnswer.NOT_APPLICABLE);
		// (2 + 1 + 0) of 6 points
		assertThat(Oversight.score(answers)).isEqualTo(50);
		assertThat(Oversight.score(Map.of("a", VerificationAnswer.YES))).isEqualTo(100);
		assertThat(Oversight.score(Map.of("a", VerificationAnswer.NO, "b", VerificationAnswer.PARTLY))).isEqualTo(25);
	}

	@Test
	void theNextVerificationIsDueOneYearLater() {
		assertThat(Oversight.nextDue(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Oversight.nextDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void everyQuestionIsAnsweredTheDateIsNotInTheFutureAndTheCertificationIsAttached() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> Oversight.checkVerification(
				form(Map.of("a", "YES", "b", "MAYBE", "zz", "YES"), TODAY.plusDays(1)), KEYS, false, TODAY));
		assertThat(ex.errors()).containsEntry("verifiedOn", "The verification cannot be in the future.")
			.containsEntry("answers[b]", "Choose yes, partly, no or does not apply.")
			.containsEntry("answers[c]", "Answer this question.")
			.containsEntry("answers[d]", "Answer this question.")
			.containsEntry("file", "Attach the vendor's written certification.")
			.containsKey("answers")
			.doesNotContainKey("answers[a]");
	}

	@Test
	void aQuestionnaireWhereNothingAppliesIsRefused() {
		Map<String, String> none = new LinkedHashMap<>();
		KEYS.forEach((k) -> none.put(k, "NOT_APPLICABLE"));
		assertThatThrownBy(() -> Oversight.checkVerification(form(none, TODAY), KEYS, true, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.errors())
				.containsOnly(Map.entry("answers", "Answer at least one question with yes, partly or no.")));
	}

	@Test
	void aCompleteVerificationGivesItsAnswersInTheQuestionnairesOrder() {
		Map<String, String> given = new LinkedHashMap<>();
		given.put("d", "NO");
		given.put("c", "YES");
		given.put("b", "PARTLY");
		given.put("a", "YES");
		assertThat(Oversight.checkVerification(form(given, TODAY), KEYS, true, TODAY)).containsExactly(
				Map.entry("a", VerificationAnswer.YES), Map.entry("b", VerificationAnswer.PARTLY),
				Map.entry("c", VerificationAnswer.YES), Map.entry("d", VerificationAnswer.NO));
	}

	@Test
	void aCuredOrTerminatedBreachHasItsDateAndAnInfeasibleTerminationItsReason() {
		InvalidInputException cured = catchThrowableOfType(InvalidInputException.class, () -> Oversight
			.checkBreach(new MaterialBreachForm(TODAY, "p", "s", BreachOutcome.TERMINATED, null, null), TODAY));
		assertThat(cured.errors())
			.containsOnly(Map.entry("outcomeOn", "Give the date it was cured or the agreement ended."));
		InvalidInputException before = catchThrowableOfType(InvalidInputException.class, () -> Oversight.checkBreach(
				new MaterialBreachForm(TODAY, "p", "s", BreachOutcome.CURED, TODAY.minusDays(1), null), TODAY));
		assertThat(before.errors())
			.containsOnly(Map.entry("outcomeOn", "This cannot be before the practice learned of the breach."));
		InvalidInputException infeasible = catchThrowableOfType(InvalidInputException.class,
				() -> Oversight.checkBreach(new MaterialBreachForm(TODAY.plusDays(1), "p", "s",
						BreachOutcome.TERMINATION_NOT_FEASIBLE, null, null), TODAY));
		assertThat(infeasible.errors()).containsOnly(Map.entry("learnedOn", "The date cannot be in the future."),
				Map.entry("notes", "Record why terminating the agreement is not feasible."));
		Oversight.checkBreach(new MaterialBreachForm(TODAY.minusDays(9), "p", "s", BreachOutcome.CURED, TODAY, null),
				TODAY);
	}

	@Test
	void anOpenMaterialBreachIsAGapUntilCuredOrTerminated() {
		java.util.UUID vendor = java.util.UUID.randomUUID();
		MaterialBreachDetails open = new MaterialBreachDetails(java.util.UUID.randomUUID(), vendor, "Acme", TODAY, "p",
				"s", BreachOutcome.CURING, null, null, null, null);
		assertThat(VendorGaps.of(List.of(), List.of(open))).singleElement().satisfies((gap) -> {
			assertThat(gap.key()).isEqualTo(VendorGaps.MATERIAL_BREACH);
			assertThat(gap.citation()).isEqualTo("164.314(a)(1)");
			assertThat(gap.detail()).contains("Acme").contains("164.504(e)(1)(ii)");
		});
		MaterialBreachDetails ended = new MaterialBreachDetails(open.id(), vendor, "Acme", TODAY, "p", "s",
				BreachOutcome.TERMINATED, TODAY, null, null, null);
		assertThat(VendorGaps.of(List.of(), List.of(ended))).isEmpty();
	}

}
