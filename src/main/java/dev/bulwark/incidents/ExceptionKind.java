package dev.bulwark.incidents;

/** The three exceptions of the definition of breach, 164.402, or none. */
enum ExceptionKind implements Labelled {

	NONE("None of the exceptions applies"),
	UNINTENTIONAL_ACCESS("(i) Unintentional access by a workforce member or someone acting under the practice's "
			+ "authority, in good faith and within the scope of their work, not used or disclosed further"),
	INADVERTENT_DISCLOSURE("(ii) Inadvertent disclosure from one person authorized to access the information to "
			+ "another at the same practice, business associate or organized health care arrangement, not used or "
			+ "disclosed further"),
	COULD_NOT_RETAIN("(iii) A good-faith belief that the person who received it could not reasonably have kept it");

	private final String label;

	ExceptionKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
