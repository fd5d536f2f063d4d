package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.InvalidInputException;

/**
 * The rules of overseeing a business associate after the agreement is signed, in plain
 * Java: the yearly written verification of its technical safeguards (a requirement of the
 * 2025 proposed rule, not in force: due one year after the last one) with its score, and
 * the record of a material breach (164.504(e)(1)(ii), 164.314(a)(1): cure it or end the
 * violation, and terminate where feasible if that fails).
 */
final class Oversight {

	/** How long a verification holds under the proposed rule. */
	static final int VERIFY_EVERY_MONTHS = 12;

	private Oversight() {
	}

	/**
	 * Checks a verification against the questionnaire and the practice's date, returning
	 * the answers by question key in the questionnaire's order.
	 * @throws InvalidInputException with every problem, by field ({@code answers[key]},
	 * {@code verifiedOn}, {@code file})
	 */
	static Map<String, VerificationAnswer> checkVerification(VerificationForm form, List<String> questionKeys,
			boolean hasFile, LocalDate today) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(form.verifiedOn() != null && form.verifiedOn().isAfter(today), "verifiedOn",
				"The verification cannot be in the future.");
		Map<String, VerificationAnswer> answers = new LinkedHashMap<>();
		for (String key : questionKeys) {
			String given = form.answers().get(key);
			if (given == null || given.isBlank()) {
				problems.add("answers[" + key + "]", "Answer this question.");
				continue;
			}
			try {
				answers.put(key, VerificationAnswer.valueOf(given.strip()));
			}
			catch (IllegalArgumentException ex) {
				problems.add("answers[" + key + "]", "Choose yes, partly, no or does not apply.");
			}
		}
		for (String key : form.answers().keySet()) {
			problems.addIf(!questionKeys.contains(key), "answers",
					"Answer only the questions of the questionnaire; one of the answers is for a question it does not "
							+ "have.");
		}
		if (answers.size() == questionKeys.size()
				&& answers.values().stream().allMatch((a) -> a == VerificationAnswer.NOT_APPLICABLE)) {
			problems.add("answers", "Answer at least one question with yes, partly or no.");
		}
		problems.addIf(!hasFile, "file", "Attach the vendor's written certification.");
		problems.throwIfAny();
		return answers;
	}

	/**
	 * The score: per cent of the points of the questions that apply (yes 2, partly 1, no
	 * 0), rounded; 0 when none applies.
	 */
	static int score(Map<String, VerificationAnswer> answers) {
		int points = 0;
		int counted = 0;
		for (VerificationAnswer answer : answers.values()) {
			if (answer.points() >= 0) {
				points += answer.points();
				counted++;
			}
		}
		return (counted == 0) ? 0 : Math.round(100f * points / (2f * counted));
	}

	/** When the next verification is due: one year after this one (proposed rule). */
	static LocalDate nextDue(LocalDate verifiedOn) {
		return verifiedOn.plusMonths(VERIFY_EVERY_MONTHS);
	}

	/**
	 * Checks a material-breach record against the practice's date.
	 * @throws InvalidInputException with every problem, by field
	 */
	static void checkBreach(MaterialBreachForm form, LocalDate today) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(form.learnedOn() != null && form.learnedOn().isAfter(today), "learnedOn",
				"The date cannot be in the future.");
		boolean ended = form.outcome() == BreachOutcome.CURED || form.outcome() == BreachOutcome.TERMINATED;
		problems.addIf(ended && form.outcomeOn() == null, "outcomeOn",
				"Give the date it was cured or the agreement ended.");
		if (form.outcomeOn() != null) {
			problems.addIf(form.outcomeOn().isAfter(today), "outcomeOn", "The date cannot be in the future.");
			problems.addIf(form.learnedOn() != null && form.outcomeOn().isBefore(form.learnedOn()), "outcomeOn",
					"This cannot be before the practice learned of the breach.");
		}
		problems.addIf(form.outcome() == BreachOutcome.TERMINATION_NOT_FEASIBLE && form.notes() == null, "notes",
				"Record why terminating the agreement is not feasible.");
		problems.throwIfAny();
	}

}
