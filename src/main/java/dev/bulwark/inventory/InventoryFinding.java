package dev.bulwark.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * A gap found in the inventory, with the Security Rule citation it concerns. Its id stays
 * the same while the gap exists, and when it is reopened.
 *
 * @param ruleKey which rule found it, e.g. {@code asset.unencrypted}
 * @param assetId the asset concerned, or {@code null} (flows, segments, the review)
 * @param citation the CFR citation, e.g. {@code 164.312(a)(2)(iv)}
 * @param proposedRule whether it comes from the 2025 proposed rule rather than the rule
 * in force
 * @param link where in Bulwark the subject can be fixed
 */
public record InventoryFinding(UUID id, String ruleKey, UUID assetId, String citation, String title, String detail,
		boolean proposedRule, FindingStatus status, Instant firstSeenAt, Instant resolvedAt, String link) {

}
