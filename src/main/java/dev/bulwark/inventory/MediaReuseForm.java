package dev.bulwark.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A record that a device or medium was wiped before being used again (164.310(d)(2)(ii)).
 *
 * @param reusedOn the day it was wiped (not after the practice's today:
 * {@link Asset#recordReuse})
 */
record MediaReuseForm(@NotNull(message = "Enter the date it was wiped for re-use.") LocalDate reusedOn,
		@NotBlank(message = "Say how the ePHI was removed, e.g. \"full wipe with the vendor's tool\".") @Size(max = 500,
				message = "Keep this under 500 characters.") String sanitizationMethod,
		@NotBlank(message = "Enter who wiped it.") @Size(max = 200,
				message = "Keep this under 200 characters.") String performedBy,
		@Size(max = 500, message = "Keep this under 500 characters.") String reusedFor) {

	static MediaReuseForm blank() {
		return new MediaReuseForm(null, null, null, null);
	}

}
