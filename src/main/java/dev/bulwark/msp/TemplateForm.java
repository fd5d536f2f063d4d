package dev.bulwark.msp;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Saving a template from the inventory of a practice one serves.
 *
 * @param practiceId the practice whose assets and data flows become the template
 */
record TemplateForm(
		@NotBlank(message = "Name the template, for example \"Standard dental office\".") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@Size(max = 1000, message = "Keep the description under 1,000 characters.") String description,
		UUID practiceId) {

}
