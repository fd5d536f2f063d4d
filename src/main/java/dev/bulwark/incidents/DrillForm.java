package dev.bulwark.incidents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A tabletop drill: the scenario, who took part, when, what went well and not, actions.
 */
record DrillForm(
		@NotBlank(message = "Describe the scenario.") @Size(max = 4000,
				message = "Keep it under 4,000 characters.") String scenario,
		@NotNull(message = "Enter the day of the drill.") LocalDate heldOn,
		@NotBlank(message = "List who took part.") @Size(max = 1000,
				message = "Keep the list under 1,000 characters.") String participants,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String wentWell,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String wentBadly,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String actions) {
}
