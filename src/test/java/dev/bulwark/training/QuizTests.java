package dev.bulwark.training;

import java.util.List;
import java.util.Map;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.training.TrainingModule.CitedRule;
import dev.bulwark.training.TrainingModule.Mark;
import dev.bulwark.training.TrainingModule.QuizQuestion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Scoring a quiz, and when an assignment becomes overdue. */
class QuizTests {

	private static final TrainingModule MODULE = new TrainingModule("m", 1, 1, "M", 5, "s",
			List.of(new CitedRule("164.308(a)(5)(i)", Mark.STANDARD)), 80, "## Text",
			List.of(question(0), question(1), question(2), question(0), question(1), question(2)));

	private static QuizQuestion question(int answer) {
		return new QuizQuestion("Q", List.of("a", "b", "c"), answer, "why");
	}

	@Test
	void fiveOfSixPassesAtEightyPercentAndFourOfSixDoesNot() {
		assertThat(MODULE.correctNeeded()).isEqualTo(5);
		Quiz.Result five = Quiz.score(MODULE, Map.of(0, 0, 1, 1, 2, 2, 3, 0, 4, 1, 5, 0));
		assertThat(five).isEqualTo(new Quiz.Result(5, 6, 83, true, List.of(0, 1, 2, 0, 1, 0)));
		Quiz.Result four = Quiz.score(MODULE, Map.of(0, 0, 1, 1, 2, 2, 3, 0, 4, 0, 5, 0));
		assertThat(four.passed()).isFalse();
		assertThat(four.score()).isEqualTo(66);
	}

	@Test
	void everyUnansweredOrImpossibleAnswerIsNamed() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Quiz.score(MODULE, Map.of(0, 0, 1, 3, 2, -1, 3, 0, 4, 1, 9, 1)))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnly(
					Map.entry("answers", "The quiz has questions 1 to 6 only."),
					Map.entry("answers[1]", "Choose one of the answers shown."),
					Map.entry("answers[2]", "Choose one of the answers shown."),
					Map.entry("answers[5]", "Choose an answer to this question.")));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Quiz.score(MODULE, null))
			.satisfies((ex) -> assertThat(ex.errors()).hasSize(6));
	}

	@Test
	void anOpenAssignmentBecomesOverdueTheDayAfterItsDueDateAndOnlyOnce() {
		LocalDate due = LocalDate.of(2025, 3, 31);
		Assignment open = new Assignment(UUID.randomUUID(), UUID.randomUUID(), "P", "m", Assignment.Reason.JOINED,
				due.minusDays(30), due, false, null, null);
		assertThat(open.becomesOverdueOn(due)).isFalse();
		assertThat(open.becomesOverdueOn(due.plusDays(1))).isTrue();
		Assignment overdue = new Assignment(open.id(), open.userId(), "P", "m", Assignment.Reason.JOINED,
				open.assignedOn(), due, true, null, null);
		assertThat(overdue.becomesOverdueOn(due.plusDays(2))).isFalse();
		Assignment done = new Assignment(open.id(), open.userId(), "P", "m", Assignment.Reason.JOINED,
				open.assignedOn(), due, false, due, UUID.randomUUID());
		assertThat(done.becomesOverdueOn(due.plusDays(2))).isFalse();
	}

}
