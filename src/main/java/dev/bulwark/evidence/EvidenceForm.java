package dev.bulwark.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What describes an evidence item: the facade's input when storing one and when changing
 * its details, and the JSON body of {@code PUT /api/v1/evidence/{id}}.
 *
 * @param title what the document is, in a few words (no patient names); when storing, the
 * file's name is used if it is left empty
 * @param description what it shows and why it is kept, optional
 * @param effectiveUntil the date it stops being in effect (a policy replaced, an
 * agreement ended), optional: without it the item is a record of one moment
 */
public record EvidenceForm(@Size(max = 200, message = "Keep the title under 200 characters.") String title,
		@Size(max = 4000, message = "Keep the description under 4,000 characters.") String description,
		LocalDate effectiveUntil) {

	/** A title only. */
	public static EvidenceForm titled(String title) {
		return new EvidenceForm(title, null, null);
	}

}
