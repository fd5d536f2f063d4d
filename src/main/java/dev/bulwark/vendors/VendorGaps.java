package dev.bulwark.vendors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.GapsReported.Gap;

/**
 * Turns where each business associate's agreement stands into the gaps reported to the
 * risk register: one gap per kind (missing, expired, incomplete), naming the vendors, so
 * five vendors without agreements are one risk. Plain Java.
 */
final class VendorGaps {

	/** The source name, prefixing every risk's source key ({@code vendors:...}). */
	static final String SOURCE = "vendors";

	static final String MISSING = "baa.missing";

	static final String EXPIRED = "baa.expired";

	static final String INCOMPLETE = "baa.incomplete";

	static final String MATERIAL_BREACH = "ba.material-breach";

	static final int NAMED = 10;

	private VendorGaps() {
	}

	/** The open gaps of the agreements, in a fixed order. */
	static List<Gap> of(List<VendorDetails> vendors) {
		return of(vendors, List.of());
	}

	/**
	 * The open gaps, in a fixed order: the agreements', then business associates with a
	 * material breach not yet cured or ended by termination.
	 */
	static List<Gap> of(List<VendorDetails> vendors, List<MaterialBreachDetails> breaches) {
		List<Gap> gaps = agreementGaps(vendors);
		List<String> open = breaches.stream()
			.filter(MaterialBreachDetails::open)
			.map(MaterialBreachDetails::vendorName)
			.distinct()
			.sorted()
			.toList();
		if (!open.isEmpty()) {
			String named = (open.size() <= NAMED) ? String.join(", ", open)
					: String.join(", ", open.subList(0, NAMED)) + " and " + (open.size() - NAMED) + " more";
			gaps.add(new Gap(MATERIAL_BREACH, "V-NO-BA-OVERSIGHT", "164.314(a)(1)",
					(open.size() == 1) ? "A business associate's material breach is not yet cured or ended"
							: open.size() + " business associates' material breaches are not yet cured or ended",
					"Affected: " + named + ". Take reasonable steps to cure the breach or end the violation and, if "
							+ "that fails, terminate the agreement where feasible (164.504(e)(1)(ii)); record each step.",
					"/vendors"));
		}
		return gaps;
	}

	private static List<Gap> agreementGaps(List<VendorDetails> vendors) {
		Map<BaaState, List<VendorDetails>> byState = new LinkedHashMap<>();
		for (VendorDetails vendor : vendors) {
			if (vendor.businessAssociate() && vendor.baaState().gap()) {
				byState.computeIfAbsent(vendor.baaState(), (k) -> new ArrayList<>()).add(vendor);
			}
		}
		List<Gap> gaps = new ArrayList<>();
		add(gaps, byState.get(BaaState.MISSING), MISSING, "V-NO-BAA", "164.308(b)(1)",
				"has no business associate agreement in effect", "have no business associate agreement in effect",
				"Get a signed agreement before sharing more patient information, and record it with its signed copy.");
		add(gaps, byState.get(BaaState.EXPIRED), EXPIRED, "V-NO-BAA", "164.308(b)(3)",
				"has a business associate agreement that has expired",
				"have business associate agreements that have expired",
				"Renew the agreement, or end the relationship, and record the new agreement.");
		add(gaps, byState.get(BaaState.INCOMPLETE), INCOMPLETE, "V-NO-BAA", "164.314(a)(1)",
				"has an agreement without a signed copy on file or without every required term",
				"have agreements without a signed copy on file or without every required term",
				"Upload the signed agreement and check it for every required term (164.314(a)(2)(i)); amend it where "
						+ "a term is missing.");
		return gaps;
	}

	private static void add(List<Gap> gaps, List<VendorDetails> vendors, String key, String vulnerability,
			String citation, String singular, String plural, String advice) {
		if (vendors == null || vendors.isEmpty()) {
			return;
		}
		String title = (vendors.size() == 1) ? "A business associate " + singular
				: vendors.size() + " business associates " + plural;
		List<String> names = vendors.stream().map(VendorDetails::name).toList();
		String named = (names.size() <= NAMED) ? String.join(", ", names)
				: String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
		String link = (vendors.size() == 1) ? "/vendors/" + vendors.get(0).id() : "/vendors";
		gaps.add(new Gap(key, vulnerability, citation, title, "Affected: " + named + ". " + advice, link));
	}

}
