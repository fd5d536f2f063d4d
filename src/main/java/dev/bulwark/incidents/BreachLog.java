package dev.bulwark.incidents;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.InvalidInputException;

/**
 * The log of breaches of fewer than 500 people discovered in a year (164.408), as CSV
 * with one row per breach and the columns of the HHS breach portal's report form, so the
 * practice can copy each row into the portal.
 */
final class BreachLog {

	static final String[] COLUMNS = { "Breach Start Date", "Breach End Date", "Discovery Date",
			"Approximate Number of Individuals Affected", "Type of Breach", "Location of Breached Information",
			"Type of Protected Health Information Involved", "Business Associate Involved",
			"Safeguards in Place Prior to Breach", "Individual Notice Provided Date", "Substitute Notice Required",
			"Media Notice Required", "Actions Taken in Response to Breach", "States (Residents Affected)" };

	private BreachLog() {
	}

	/**
	 * The year asked for, or the current one; a year out of range is a 400 on
	 * {@code year}.
	 */
	static int year(Integer asked, LocalDate today) {
		if (asked == null) {
			return today.getYear();
		}
		if (asked < 1900 || asked > 2199) {
			throw InvalidInputException.of("year", "Choose a year between 1900 and 2199.");
		}
		return asked;
	}

	/** The log as UTF-8 CSV, every text cell guarded against formulas. */
	static byte[] csv(List<Incidents.BreachView> breaches) {
		CsvTable table = CsvTable.of(COLUMNS);
		for (Incidents.BreachView view : breaches) {
			BreachForm facts = view.breach().facts();
			table.row(facts.breachBeganOn(), facts.breachEndedOn(), facts.discoveredOn(), facts.affected(),
					facts.breachType().label(), facts.location().label(), facts.phiTypes(),
					(facts.businessAssociateDiscoveredOn() != null) ? "Yes" : "No", facts.safeguards(),
					facts.individualsNotifiedOn(),
					(view.breach().substituteNotice() != SubstituteNotice.NOT_NEEDED) ? "Yes" : "No",
					view.deadlines().mediaRequired() ? "Yes" : "No", facts.actionsTaken(),
					StateCounts.format(view.breach().states()));
		}
		return table.bytes();
	}

}
