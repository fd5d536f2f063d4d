package dev.bulwark.policies;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The security officer's approval of a draft.
 *
 * @param approverName the name recorded as approver
 * @param approvedOn the date of approval (not after today)
 */
record ApproveForm(
		@NotBlank(message = "Enter the name of the person approving.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String approverName,
		@NotNull(message = "Enter the date of approval.") LocalDate approvedOn) {

}
