package dev.bulwark.msp;

import jakarta.validation.constraints.NotBlank;

/** Inviting a (further) security officer to a practice one serves. */
record OfficerForm(@NotBlank(message = "Enter the security officer's name.") String officerName,
		@NotBlank(message = "Enter the security officer's e-mail address.") String officerEmail) {

}
