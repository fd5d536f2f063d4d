package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A business associate agreement's details: the page's edit form and the JSON body of
 * {@code PUT /api/v1/vendors/{id}/baas/{baaId}}. Recording a new agreement adds the
 * signed document ({@link BaaUploadForm}).
 *
 * @param effectiveOn the date it takes effect
 * @param expiresOn its end or renewal date; empty when it runs until terminated
 * @param breachWindowDays the days after discovery within which the business associate
 * must report a breach: at most 60 (164.410)
 * @param terms the keys of the terms it was checked to contain
 * @param notes anything else
 */
record BaaForm(@NotNull(message = "Give the date the agreement takes effect.") LocalDate effectiveOn,
		LocalDate expiresOn,
		@NotNull(message = "Give the number of days the vendor has to report a breach.") @Min(value = 1,
				message = "Give at least 1 day.") @Max(value = 60,
						message = "The rule allows at most 60 days after discovery (164.410); agree on 60 or fewer.") Integer breachWindowDays,
		@Size(max = 20, message = "Choose at most 20 terms.") List<String> terms,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	BaaForm {
		terms = (terms == null) ? List.of() : terms.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	static BaaForm blank() {
		return new BaaForm(null, null, 60, List.of(), null);
	}

}
