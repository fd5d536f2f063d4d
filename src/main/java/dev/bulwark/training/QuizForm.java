package dev.bulwark.training;

import java.util.Map;

/**
 * The answers to a module's quiz: the index of the chosen answer (from 0) for each
 * question (from 0). A question left out is an error next to that question.
 *
 * @param answers choice by question
 */
record QuizForm(Map<Integer, Integer> answers) {

	QuizForm {
		answers = (answers != null) ? answers : Map.of();
	}

}
