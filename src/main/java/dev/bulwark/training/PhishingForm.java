package dev.bulwark.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The result of a phishing simulation run with another tool (the page's form and the
 * API's JSON body).
 *
 * @param sent how many simulated phishing e-mails were sent
 * @param clicked how many recipients clicked the link or opened the attachment
 * @param reported how many reported the e-mail as suspicious
 */
record PhishingForm(@NotNull(message = "Give the date the simulation ran.") LocalDate runOn,
		@NotBlank(message = "Give the campaign a name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String campaign,
		@NotNull(message = "Give how many e-mails were sent.") @Min(value = 1,
				message = "At least one e-mail must have been sent.") @Max(value = 100000,
						message = "Give at most 100,000.") Integer sent,
		@NotNull(message = "Give how many people clicked (0 if nobody did).") @Min(value = 0,
				message = "Give 0 or more.") Integer clicked,
		@NotNull(message = "Give how many people reported it (0 if nobody did).") @Min(value = 0,
				message = "Give 0 or more.") Integer reported,
		@Size(max = 2000, message = "Keep the notes under 2,000 characters.") String notes) {

	static PhishingForm blank() {
		return new PhishingForm(null, null, null, null, null, null);
	}

}
