package dev.bulwark.incidents;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.bulwark.shared.InvalidInputException;

/**
 * Residents affected per state or jurisdiction, typed as {@code CA: 10, NV: 2} (postal
 * codes of the states, DC and the territories). Bulwark holds no state-law figures: the
 * states are recorded so the practice can check each state's own law with counsel.
 */
final class StateCounts {

	static final Set<String> CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
			"ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
			"NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
			"WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");

	private StateCounts() {
	}

	/**
	 * Reads the list; a problem is an {@link InvalidInputException} on {@code states}.
	 */
	static Map<String, Integer> parse(String text, int affected) {
		Map<String, Integer> counts = new TreeMap<>();
		if (text == null) {
			return counts;
		}
		for (String part : text.split("[,;\\n]")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] pieces = item.split("[:=\\s]+");
			if (pieces.length != 2) {
				throw problem("Write each state as its two-letter code and a number, e.g. CA: 10, NV: 2.");
			}
			String code = pieces[0].toUpperCase(Locale.ROOT);
			if (!CODES.contains(code)) {
				throw problem("\"" + pieces[0] + "\" is not a state or territory code; use two letters, e.g. CA.");
			}
			int residents;
			try {
				residents = Integer.parseInt(pieces[1]);
			}
			catch (NumberFormatException ex) {
				throw problem("Give the number of residents of " + code + " as a whole number.");
			}
			if (residents < 1) {
				throw problem("Give at least 1 resident for " + code + ", or leave it out.");
			}
			if (counts.putIfAbsent(code, residents) != null) {
				throw problem(code + " is listed twice.");
			}
		}
		long total = counts.values().stream().mapToLong(Integer::longValue).sum();
		if (total > affected) {
			throw problem("The states add up to " + total + ", more than the " + affected + " people affected.");
		}
		return counts;
	}

	static String format(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static InvalidInputException problem(String message) {
		return InvalidInputException.of("states", message);
	}

}
