package dev.bulwark.vendors;

/** An answer to a question of the vendor security questionnaire, with its points. */
enum VerificationAnswer implements Labelled {

	YES("Yes", 2), PARTLY("Partly", 1), NO("No", 0), NOT_APPLICABLE("Does not apply", -1);

	private final String label;

	private final int points;

	VerificationAnswer(String label, int points) {
		this.label = label;
		this.points = points;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Points out of 2, or -1 when the question does not count. */
	int points() {
		return this.points;
	}

}
