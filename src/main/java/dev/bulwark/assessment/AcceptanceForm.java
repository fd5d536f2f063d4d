package dev.bulwark.assessment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The security officer's acceptance of a risk.
 *
 * @param justification why living with the risk is reasonable for the practice
 */
record AcceptanceForm(
		@Size(max = 4000, message = "Keep the justification under 4,000 characters.") @Nullable String justification) {

}
