package dev.bulwark.incidents;

import java.time.LocalDate;

/**
 * The note shown with every breach: state breach laws apply on top of the federal rule
 * (45 CFR 160.203), some with shorter deadlines or notices to a state regulator. Bulwark
 * holds no state figures (none was reviewed by a lawyer); the practice records the states
 * involved and the day counsel checked them.
 */
final class StateLaw {

	/** When this note was last reviewed. */
	static final LocalDate NOTE_DATED = LocalDate.of(2026, 12, 2);

	private StateLaw() {
	}

	static String note(LocalDate checkedOn) {
		String note = "Note of " + NOTE_DATED + ": state breach laws apply in addition to the federal rule and "
				+ "some are stricter (shorter deadlines, notices to a state attorney general). Bulwark does not hold "
				+ "state figures: check the law of every state involved with counsel; the earliest deadline wins.";
		return (checkedOn != null) ? note + " Counsel checked the states on " + checkedOn + "."
				: note + " Not yet checked with counsel.";
	}

}
