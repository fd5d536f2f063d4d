package dev.bulwark.assessment;

/**
 * Where an assessment is in its life: {@link #DRAFT} while questions are answered,
 * {@link #IN_REVIEW} once handed to the security officer, {@link #SIGNED_OFF} when the
 * security officer attested it; a signed-off assessment is frozen.
 */
enum AssessmentStatus {

	DRAFT("Draft"), IN_REVIEW("In review"), SIGNED_OFF("Signed off");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the assessment can still change. */
	public boolean open() {
		return this != SIGNED_OFF;
	}

}
