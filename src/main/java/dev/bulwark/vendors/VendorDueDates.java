package dev.bulwark.vendors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;

/**
 * What comes due in the vendor register, for the compliance calendar
 * ({@code DueItemsReported}, source {@value VendorGaps#SOURCE}) and the due list on the
 * vendor pages: each business associate agreement's end or renewal date. The date comes
 * from the agreement itself, not from the rule, so its basis is the practice's own choice
 * ({@link Basis#RECOMMENDED}) under the yearly review obligation. Plain Java.
 */
final class VendorDueDates {

	static final String RENEWAL_OBLIGATION = "OBL-BAA-REVIEW";

	static final String VERIFICATION_OBLIGATION = "OBL-BA-VERIFICATION";

	private VendorDueDates() {
	}

	/** The renewals only, soonest first. */
	static List<DueItem> of(List<VendorDetails> vendors) {
		return of(vendors, java.util.Map.of(), false, java.time.ZoneOffset.UTC);
	}

	/**
	 * The open items, soonest first: renewals, and in NPRM-ready mode each business
	 * associate's next written verification of its technical safeguards (PROPOSED), one
	 * year after the last one, or the day the vendor was added when it was never verified
	 * (a fixed date: reading the list never depends on the day it is read).
	 * @param lastVerified the date of each vendor's newest verification
	 */
	static List<DueItem> of(List<VendorDetails> vendors,
			java.util.Map<java.util.UUID, java.time.LocalDate> lastVerified, boolean nprm, java.time.ZoneId zone) {
		List<DueItem> items = new ArrayList<>();
		if (nprm) {
			for (VendorDetails vendor : vendors) {
				if (vendor.businessAssociate()) {
					java.time.LocalDate last = lastVerified.get(vendor.id());
					items.add(new DueItem("ba-verification:" + vendor.id(),
							"Verify the technical safeguards of \"" + vendor.name()
									+ "\" in writing (proposed rule, not in force)",
							(last != null) ? Oversight.nextDue(last)
									: java.time.LocalDate.ofInstant(vendor.createdAt(), zone),
							null, Basis.PROPOSED, VERIFICATION_OBLIGATION, null,
							"/vendors/" + vendor.id() + "/verifications/new", "164.314(a)(1)"));
				}
			}
		}
		for (VendorDetails vendor : vendors) {
			if (vendor.businessAssociate() && vendor.baaRenewalOn() != null) {
				items.add(new DueItem("baa-renewal:" + vendor.id(),
						"Renew the business associate agreement with \"" + vendor.name() + "\"", vendor.baaRenewalOn(),
						null, Basis.RECOMMENDED, RENEWAL_OBLIGATION, null, "/vendors/" + vendor.id(), "164.308(b)(1)"));
			}
		}
		items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key));
		return items;
	}

}
