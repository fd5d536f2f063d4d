package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new business associate agreement with its signed document (multipart, on the page and
 * as {@code POST /api/v1/vendors/{id}/baas}); the fields are those of {@link BaaForm}.
 *
 * @param file the signed agreement, stored encrypted in the evidence store
 */
record BaaUploadForm(@NotNull(message = "Give the date the agreement takes effect.") LocalDate effectiveOn,
		LocalDate expiresOn,
		@NotNull(message = "Give the number of days the vendor has to report a breach.") @Min(value = 1,
				message = "Give at least 1 day.") @Max(value = 60,
						message = "The rule allows at most 60 days after discovery (164.410); agree on 60 or fewer.") Integer breachWindowDays,
		@Size(max = 20, message = "Choose at most 20 terms.") List<String> terms,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes, MultipartFile file) {

	static BaaUploadForm blank() {
		return new BaaUploadForm(null, null, 60, List.of(), null, null);
	}

	BaaForm details() {
		return new BaaForm(this.effectiveOn, this.expiresOn, this.breachWindowDays, this.terms, this.notes);
	}

}
