package dev.bulwark.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * Training a person took outside Bulwark, as the security officer records it (the page's
 * multipart form; the API's JSON body without {@code file}).
 *
 * @param userId the person's account, or {@code null} for someone without one (then
 * {@code personName} names them)
 * @param personName the person's name when they have no account (a volunteer, a trainee)
 * @param file the certificate, stored encrypted in the evidence store; optional
 */
record OutsideTrainingForm(UUID userId,
		@Size(max = 200, message = "Keep the name under 200 characters.") String personName,
		@NotBlank(message = "Give the name of the course.") @Size(max = 200,
				message = "Keep the course name under 200 characters.") String course,
		@NotBlank(message = "Give who ran the course (a company, a society, a school).") @Size(max = 200,
				message = "Keep the provider under 200 characters.") String provider,
		@NotNull(message = "Give the date the course was completed.") LocalDate completedOn,
		@NotNull(message = "Give the hours of training, for example 1.5.") @DecimalMin(value = "0.1",
				message = "Give at least 0.1 hours.") @DecimalMax(value = "999.9",
						message = "Give at most 999.9 hours.") @Digits(integer = 3, fraction = 1,
								message = "Give the hours with at most one decimal, for example 1.5.") BigDecimal hours,
		@Size(max = 2000, message = "Keep the notes under 2,000 characters.") String notes, MultipartFile file) {

	static OutsideTrainingForm blank() {
		return new OutsideTrainingForm(null, null, null, null, null, null, null, null);
	}

}
