package dev.bulwark.training;

import java.util.HashMap;
import java.util.Map;

import dev.bulwark.shared.Actor;

/** Quizzes answered right or wrong. */
final class TrainingFixtures {

	private TrainingFixtures() {
	}

	/** The answers with the first {@code right} correct and the rest wrong. */
	static QuizForm answers(TrainingModule module, int right) {
		Map<Integer, Integer> answers = new HashMap<>();
		for (int i = 0; i < module.quiz().size(); i++) {
			int answer = module.quiz().get(i).answer();
			answers.put(i, (i < right) ? answer : (answer + 1) % module.quiz().get(i).choices().size());
		}
		return new QuizForm(answers);
	}

	/** Passes a module with every answer right. */
	static Attempt pass(Training training, Actor actor, String moduleKey) {
		TrainingModule module = training.module(moduleKey);
		return training.take(actor, moduleKey, answers(module, module.quiz().size()));
	}

}
