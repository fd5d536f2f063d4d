package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A yearly written verification of a business associate's technical safeguards (a
 * requirement of the 2025 proposed rule, not in force): the questionnaire's answers by
 * question key ({@code answers[second-factor]=YES}, one of YES, PARTLY, NO,
 * NOT_APPLICABLE), the vendor's written certification (multipart), the date and who
 * filled it in.
 *
 * @param file the vendor's signed certification, stored encrypted in the evidence store
 */
record VerificationForm(@NotNull(message = "Give the date of the verification.") LocalDate verifiedOn,
		@NotNull(message = "Say who filled in the questionnaire.") VerificationSource completedBy,
		Map<String, String> answers, @Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes,
		MultipartFile file) {

	VerificationForm {
		// Mutable: the form shown again with errors reads unanswered keys through it.
		answers = (answers != null) ? new java.util.LinkedHashMap<>(answers) : new java.util.LinkedHashMap<>();
	}

	static VerificationForm blank() {
		return new VerificationForm(null, VerificationSource.VENDOR, Map.of(), null, null);
	}

}
