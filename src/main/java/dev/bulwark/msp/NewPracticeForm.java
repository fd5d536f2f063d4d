package dev.bulwark.msp;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new practice, on the page and as the body of {@code POST /api/v1/practices}.
 *
 * @param timeZone the practice's time zone, such as America/Chicago
 * @param officerName the practice's first security officer, invited by e-mail and link
 * @param templateId a template to apply at once (optional)
 */
record NewPracticeForm(
		@NotBlank(message = "Enter the practice's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@NotBlank(message = "Choose the practice's time zone.") String timeZone,
		@NotBlank(message = "Enter the name of the practice's security officer.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String officerName,
		@NotBlank(message = "Enter the security officer's e-mail address.") @Size(max = 254,
				message = "Keep the address under 254 characters.") String officerEmail,
		UUID templateId) {

}
