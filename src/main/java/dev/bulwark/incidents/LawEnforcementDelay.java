package dev.bulwark.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.bulwark.shared.InvalidInputException;

/**
 * A law-enforcement statement that notice would impede a criminal investigation or harm
 * national security (164.412): a written statement delays notice for the period it
 * states; an oral one, documented with the official's name, for at most 30 days from the
 * statement unless a written statement arrives within those 30 days.
 *
 * @param oralOn the date of the oral statement, or {@code null}
 * @param official who made the statement (required for an oral one)
 * @param writtenOn the date of the written statement, or {@code null}
 * @param writtenUntil the end of the delay the written statement specifies
 */
record LawEnforcementDelay(LocalDate oralOn, String official, LocalDate writtenOn, LocalDate writtenUntil) {

	/** The longest an oral statement delays notice: 30 days from the statement. */
	static final int ORAL_MAX_DAYS = 30;

	static final LawEnforcementDelay NONE = new LawEnforcementDelay(null, null, null, null);

	/** Checks the statement's facts; the messages name the form's fields. */
	LawEnforcementDelay {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (oralOn != null && (official == null || official.isBlank())) {
			problems.add("delayOfficial", "Record the name of the official who made the oral statement.");
		}
		if (writtenOn == null && writtenUntil != null) {
			problems.add("delayWrittenOn", "Enter the date of the written statement.");
		}
		if (writtenOn != null && writtenUntil == null) {
			problems.add("delayWrittenUntil", "Enter the end of the delay the written statement specifies.");
		}
		if (writtenOn != null && writtenUntil != null && writtenUntil.isBefore(writtenOn)) {
			problems.add("delayWrittenUntil", "The delay cannot end before the written statement was made.");
		}
		if (oralOn != null && writtenOn != null && writtenOn.isBefore(oralOn)) {
			problems.add("delayWrittenOn",
					"A written statement that follows an oral one cannot be dated before it; record the written one only.");
		}
		problems.throwIfAny();
	}

	boolean any() {
		return this.oralOn != null || this.writtenOn != null;
	}

	/** Whether a written statement arrived within the oral statement's 30 days. */
	boolean writtenFollowedOral() {
		return this.oralOn != null && this.writtenOn != null
				&& !this.writtenOn.isAfter(this.oralOn.plusDays(ORAL_MAX_DAYS));
	}

	/** The last day of the oral statement's delay (30 days from it at most). */
	LocalDate oralEndsOn() {
		if (this.oralOn == null) {
			return null;
		}
		LocalDate longest = this.oralOn.plusDays(ORAL_MAX_DAYS);
		return writtenFollowedOral() ? this.writtenOn : longest;
	}

	/** The day the delay ends: notices may go out from then on. */
	LocalDate endsOn() {
		LocalDate end = null;
		for (Period period : periods()) {
			end = (end == null || period.end().isAfter(end)) ? period.end() : end;
		}
		return end;
	}

	/** The delay periods in date order (an oral one, then a written one). */
	List<Period> periods() {
		List<Period> periods = new ArrayList<>();
		if (this.oralOn != null) {
			periods.add(new Period(this.oralOn, oralEndsOn()));
		}
		if (this.writtenOn != null) {
			periods.add(new Period(this.writtenOn, this.writtenUntil));
		}
		return periods;
	}

	/** From the statement to the day notices may go out again. */
	record Period(LocalDate start, LocalDate end) {
	}

}
