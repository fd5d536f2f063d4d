package dev.bulwark.assessment;

/**
 * How far one section of an assessment is.
 *
 * @param key the section key
 * @param title the section title
 * @param description what the section covers
 * @param asked questions asked of this practice (the profile rules out the others)
 * @param answered asked questions with an answer (including "not applicable")
 * @param yes "yes" answers: areas of success
 * @param review partly, no and don't know answers: areas for review
 * @param notApplicable questions not applicable, by the profile or by answer
 * @param flagged questions flagged for later
 */
record SectionProgress(String key, String title, String description, int asked, int answered, int yes, int review,
		int notApplicable, int flagged) {

	/** Share of asked questions answered, 0-100. */
	public int percent() {
		return (this.asked == 0) ? 100 : (int) Math.floor(this.answered * 100.0 / this.asked);
	}

	public int unanswered() {
		return this.asked - this.answered;
	}

	public boolean complete() {
		return this.answered >= this.asked;
	}

}
