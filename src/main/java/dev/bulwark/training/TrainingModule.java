package dev.bulwark.training;

import java.util.List;

/**
 * One training module as shipped: its text (Markdown), the rules it teaches and a quiz
 * with a pass mark. Modules are versioned: a completion records the version taken.
 *
 * @param key stable identifier, e.g. {@code phishing}
 * @param version the content's version, raised when the text or quiz changes
 * @param order position in the course
 * @param minutes reading time
 * @param citations the rules the module teaches, each with its mark in the rule
 * @param passMark the percentage of correct answers needed to pass
 * @param body the text, in Markdown
 * @param quiz the questions
 */
record TrainingModule(String key, int version, int order, String title, int minutes, String summary,
		List<CitedRule> citations, int passMark, String body, List<QuizQuestion> quiz) {

	TrainingModule {
		citations = List.copyOf(citations);
		quiz = List.copyOf(quiz);
	}

	/** The text as sanitised HTML. */
	public String html() {
		return TrainingMarkdown.html(this.body);
	}

	/** Correct answers needed to pass. */
	public int correctNeeded() {
		return (int) Math.ceil(this.passMark * this.quiz.size() / 100.0);
	}

	/**
	 * A rule a module teaches.
	 *
	 * @param citation e.g. {@code 164.308(a)(5)(ii)(D)}
	 * @param mark its mark in the rule
	 */
	record CitedRule(String citation, Mark mark) {

		public String label() {
			return this.citation + " (" + this.mark.label() + ")";
		}

	}

	/** How the rule marks a citation. */
	enum Mark {

		/** A standard of the Security Rule (its own row has no mark). */
		STANDARD("standard"),

		REQUIRED("required"),

		ADDRESSABLE("addressable"),

		/** A provision of the Breach Notification Rule (no required/addressable mark). */
		BREACH_RULE("Breach Notification Rule");

		private final String label;

		Mark(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One multiple-choice question.
	 *
	 * @param answer the index of the correct choice
	 * @param explanation why, shown after the quiz
	 */
	record QuizQuestion(String question, List<String> choices, int answer, String explanation) {

		QuizQuestion {
			choices = List.copyOf(choices);
		}

	}

}
