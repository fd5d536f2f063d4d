package dev.bulwark.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.InvalidInputException;

/**
 * Scoring a quiz: every question must be answered with one of its choices; the score is
 * the percentage of correct answers, rounded down, and the module is passed when the
 * correct answers reach its pass mark.
 */
final class Quiz {

	private Quiz() {
	}

	/**
	 * Scores the answers.
	 * @param answers choice index by question index (from 0)
	 * @throws InvalidInputException on {@code answers[i]} for each question left
	 * unanswered or answered with a choice it does not have
	 */
	static Result score(TrainingModule module, Map<Integer, Integer> answers) {
		Map<Integer, Integer> given = (answers != null) ? answers : Map.of();
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		for (Integer index : given.keySet()) {
			problems.addIf(index == null || index < 0 || index >= module.quiz().size(), "answers",
					"The quiz has questions 1 to " + module.quiz().size() + " only.");
		}
		List<Integer> chosen = new ArrayList<>();
		int correct = 0;
		for (int i = 0; i < module.quiz().size(); i++) {
			TrainingModule.QuizQuestion question = module.quiz().get(i);
			Integer choice = given.get(i);
			if (choice == null) {
				problems.add("answers[" + i + "]", "Choose an answer to this question.");
			}
			else if (choice < 0 || choice >= question.choices().size()) {
				problems.add("answers[" + i + "]", "Choose one of the answers shown.");
			}
			else if (choice == question.answer()) {
				correct++;
			}
			chosen.add(choice);
		}
		problems.throwIfAny();
		int total = module.quiz().size();
		return new Result(correct, total, (correct * 100) / total, correct >= module.correctNeeded(),
				List.copyOf(chosen));
	}

	/**
	 * A scored quiz.
	 *
	 * @param score percentage of correct answers, rounded down
	 * @param answers the choice for each question
	 */
	record Result(int correct, int total, int score, boolean passed, List<Integer> answers) {

	}

}
