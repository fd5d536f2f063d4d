package dev.bulwark.catalog;

import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recurring obligation for the compliance calendar.
 *
 * @param key the stable key, e.g. {@code OBL-RESTORE-TEST}
 * @param title what is due
 * @param frequency how often it recurs
 * @param proposedFrequency the 2025 proposed rule's interval where the obligation's basis
 * is not {@link ObligationBasis#PROPOSED} but the proposed rule would set one
 * @param citations the requirements it serves; empty for pure good practice or rules
 * outside the Security Rule
 * @param basis where the interval comes from
 * @param capability the Bulwark capability that records it, e.g. {@code contingency}
 * @param description what to do and why
 */
public record Obligation(String key, String title, Period frequency, @Nullable Period proposedFrequency,
		List<String> citations, ObligationBasis basis, String capability, String description) {

	public Obligation {
		citations = List.copyOf(citations);
	}

}
