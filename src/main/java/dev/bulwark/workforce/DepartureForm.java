package dev.bulwark.workforce;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person's departure: the last day and the time employment ended, in the practice's
 * time zone. The proposed rule's hour clocks run from that moment.
 *
 * @param endedOn the last day of work
 * @param endedAt the time employment ended that day
 */
record DepartureForm(@NotNull(message = "Enter the last day of work.") LocalDate endedOn,
		@NotNull(message = "Enter the time employment ended.") @DateTimeFormat(pattern = "HH:mm") LocalTime endedAt) {

	static DepartureForm blank() {
		return new DepartureForm(null, null);
	}

}
