package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One answered quiz. A passed attempt is the person's completion record for that module
 * and version.
 *
 * @param score percentage correct
 * @param passMark the pass mark of the version taken
 * @param answers the choice given for each question
 * @param takenOn the practice's date
 */
record Attempt(UUID id, UUID userId, String personName, String moduleKey, String moduleTitle, int moduleVersion,
		int correct, int total, int score, int passMark, boolean passed, List<Integer> answers, LocalDate takenOn,
		Instant takenAt) {

	Attempt {
		answers = List.copyOf(answers);
	}

	/** The next completion Bulwark recommends: one year after this one. */
	public LocalDate nextDueOn() {
		return this.takenOn.plusYears(1);
	}

}
