package dev.bulwark.policies;

/**
 * Publishing an approved version.
 *
 * @param significantChange whether staff must acknowledge the new version (always so for
 * the first version)
 */
record PublishForm(Boolean significantChange) {

	/** Without the tick box (a script, or no JavaScript): not significant. */
	PublishForm {
		significantChange = Boolean.TRUE.equals(significantChange);
	}

	static PublishForm blank() {
		return new PublishForm(false);
	}

}
