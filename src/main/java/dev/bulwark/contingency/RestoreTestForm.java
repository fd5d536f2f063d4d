package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A test restore, as recorded on the page and as the API's JSON body.
 *
 * @param assetId the system whose backup was restored
 * @param performedOn the day of the test (the practice's date; not in the future)
 * @param what what was restored, e.g. "Ten patient charts to a spare PC"
 * @param durationMinutes how long the restore took, in minutes
 * @param outcome whether the data came back usable
 * @param performedBy who did it; the person recording it when empty
 * @param notes what went wrong, what to change
 */
record RestoreTestForm(@NotNull(message = "Choose the system whose backup was restored.") UUID assetId,
		@NotNull(message = "Enter the day of the test.") LocalDate performedOn,
		@NotBlank(message = "Say what was restored, for example \"ten patient charts to a spare PC\".") @Size(max = 500,
				message = "Keep this under 500 characters.") String what,
		@NotNull(message = "Enter how many minutes the restore took.") @PositiveOrZero(
				message = "Enter how many minutes the restore took (0 or more).") @Max(value = 100_000,
						message = "Enter the minutes the restore took; 100,000 at most.") Integer durationMinutes,
		@NotNull(message = "Say whether the restore succeeded.") RestoreOutcome outcome,
		@Size(max = 200, message = "Keep this under 200 characters.") String performedBy,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	static RestoreTestForm blank(UUID assetId, LocalDate today) {
		return new RestoreTestForm(assetId, today, null, null, null, null, null);
	}

}
