package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A sanction applied to a member of the workforce who broke a security policy.
 *
 * @param personId the person of the roster
 * @param occurredOn the date of the violation
 * @param policyViolated which policy or procedure was broken
 * @param whatHappened what the person did
 * @param sanction what was applied (a warning, retraining, suspension...)
 */
record SanctionForm(@NotNull(message = "Choose the person.") UUID personId,
		@NotNull(message = "Enter the date it happened.") LocalDate occurredOn,
		@NotBlank(message = "Name the policy that was broken.") @Size(max = 300,
				message = "Keep the policy under 300 characters.") String policyViolated,
		@NotBlank(message = "Say what happened.") @Size(max = 4000,
				message = "Keep the account of what happened under 4,000 characters.") String whatHappened,
		@NotBlank(message = "Say what sanction was applied.") @Size(max = 1000,
				message = "Keep the sanction under 1,000 characters.") String sanction) {

	static SanctionForm blank() {
		return new SanctionForm(null, null, null, null, null);
	}

}
