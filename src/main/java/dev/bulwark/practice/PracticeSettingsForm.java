package dev.bulwark.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the security officer can change about their practice. */
public record PracticeSettingsForm(
		@NotBlank(message = "Enter the practice's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@Min(value = 1, message = "Automatic logoff needs at least 1 minute.") @Max(value = 60,
				message = "Automatic logoff can be at most 60 minutes; 15 or less is recommended.") int idleTimeoutMinutes,
		boolean nprmMode,
		@Pattern(regexp = "3x3|5x5", message = "Choose the 3 x 3 or the 5 x 5 matrix.") String riskMatrix) {

	public static PracticeSettingsForm of(PracticeDetails practice) {
		return new PracticeSettingsForm(practice.name(), practice.idleTimeoutMinutes(), practice.nprmMode(),
				practice.riskMatrix());
	}

}
