package dev.bulwark.policies;

import jakarta.validation.constraints.Size;

/**
 * Creates a policy: from one of Bulwark's templates (filled in from the practice's
 * profile), or, without a template, an empty policy with the given title.
 *
 * @param templateKey the template, e.g. {@code sanctions}
 * @param title the title of a policy written from scratch (a template brings its own)
 */
record AdoptForm(@Size(max = 80, message = "That template does not exist.") String templateKey,
		@Size(max = 200, message = "Keep the title under 200 characters.") String title) {

	static AdoptForm blank() {
		return new AdoptForm(null, null);
	}

}
