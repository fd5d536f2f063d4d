package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A vendor in a list, as other modules see it.
 *
 * @param id the vendor
 * @param name its name
 * @param service what it does for the practice
 * @param businessAssociate whether it creates, receives, maintains or transmits patient
 * information for the practice (and is no mere conduit)
 * @param riskTier how much harm it could do: High, Medium or Low
 * @param agreement where its business associate agreement stands, in words
 * @param agreementGap whether it is a business associate without a current agreement
 * @param renewalOn the end or renewal date of its agreement in effect, or {@code null}
 */
public record VendorSummary(UUID id, String name, String service, boolean businessAssociate, String riskTier,
		String agreement, boolean agreementGap, LocalDate renewalOn) {
}
