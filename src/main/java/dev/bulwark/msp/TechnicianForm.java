package dev.bulwark.msp;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

/** Inviting one of the MSP's technicians, who first serves the given practice. */
record TechnicianForm(@NotBlank(message = "Enter the technician's name.") String name,
		@NotBlank(message = "Enter the technician's e-mail address.") String email, UUID practiceId) {

}
