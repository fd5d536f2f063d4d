package dev.bulwark.assessment;

import jakarta.validation.constraints.Size;

/**
 * The security officer's sign-off.
 *
 * @param name the signer's full name as it appears in the report
 * @param attest whether they confirm the attestation statement
 * @param acknowledgeIncomplete whether they sign off although questions or decisions are
 * still open
 */
record SignOffForm(@Size(max = 200, message = "Keep the name under 200 characters.") String name, Boolean attest,
		Boolean acknowledgeIncomplete) {

	public SignOffForm {
		// Unticked checkboxes send nothing.
		attest = Boolean.TRUE.equals(attest);
		acknowledgeIncomplete = Boolean.TRUE.equals(acknowledgeIncomplete);
	}

}
