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

	private VendorDueDates() {
	}

	/** The open items, soonest first. */
	static List<DueItem> of(List<VendorDetails> vendors) {
		List<DueItem> items = new ArrayList<>();
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
