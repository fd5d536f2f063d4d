package dev.bulwark.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the security officer can change about their practice.
 *
 * @param timeZone the practice's time zone, a region name such as {@code America/Chicago}
 */
record PracticeSettingsForm(
		@NotBlank(message = "Enter the practice's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@NotNull(message = "Enter the number of minutes.") @Min(value = 1,
				message = "Automatic logoff needs at least 1 minute.") @Max(value = 60,
						message = "Automatic logoff can be at most 60 minutes; 15 or less is recommended.") Integer idleTimeoutMinutes,
		Boolean nprmMode,
		@NotNull(message = "Choose the 3 x 3 or the 5 x 5 matrix.") @Pattern(regexp = "3x3|5x5",
				message = "Choose the 3 x 3 or the 5 x 5 matrix.") String riskMatrix,
		@NotBlank(message = "Choose the practice's time zone.") String timeZone) {

	PracticeSettingsForm {
		nprmMode = Boolean.TRUE.equals(nprmMode);
	}

	static PracticeSettingsForm of(PracticeDetails practice) {
		return new PracticeSettingsForm(practice.name(), practice.idleTimeoutMinutes(), practice.nprmMode(),
				practice.riskMatrix(), practice.zone().getId());
	}

}
