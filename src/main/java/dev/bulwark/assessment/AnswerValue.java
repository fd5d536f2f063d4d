package dev.bulwark.assessment;

/**
 * An answer to a question of the assessment. Every question is phrased so that
 * {@link #YES} is the good answer; {@link #PARTLY}, {@link #NO} and {@link #DONT_KNOW}
 * are weak answers that propose risks.
 */
enum AnswerValue {

	YES("Yes"), PARTLY("Partly"), NO("No"), NOT_APPLICABLE("Not applicable"), DONT_KNOW("Don't know");

	private final String label;

	AnswerValue(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the answer points to a weakness: it proposes risks and belongs to the areas
	 * for review. "Don't know" counts as weak: what nobody knows is not being managed.
	 */
	public boolean weak() {
		return this == PARTLY || this == NO || this == DONT_KNOW;
	}

}
