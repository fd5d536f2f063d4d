package dev.bulwark.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The disposal record of an asset taken out of service (164.310(d)(2)(i)).
 *
 * @param disposedOn the day its data was destroyed or it left the practice (not after the
 * practice's today: {@link Asset#dispose})
 * @param disposalMethod how the ePHI was made unreadable, e.g. "drive shredded,
 * certificate on file"
 * @param disposedBy who did or witnessed it
 */
record RetireForm(@NotNull(message = "Enter the date it was disposed of.") LocalDate disposedOn,
		@NotBlank(message = "Say how the data on it was destroyed, e.g. \"drive shredded by the recycler\".") @Size(
				max = 500, message = "Keep this under 500 characters.") String disposalMethod,
		@NotBlank(message = "Enter who did or witnessed the disposal.") @Size(max = 200,
				message = "Keep this under 200 characters.") String disposedBy) {

}
