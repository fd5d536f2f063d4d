package dev.bulwark.contingency;

/** How a contingency plan was tested. */
enum ExerciseKind implements Labelled {

	TABLETOP("Tabletop exercise"), WALKTHROUGH("Walk-through of the plan"), SIMULATION("Downtime simulation"),
	FULL_TEST("Full restore test");

	private final String label;

	ExerciseKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
