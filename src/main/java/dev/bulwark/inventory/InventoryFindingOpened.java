package dev.bulwark.inventory;

import java.util.UUID;

/**
 * A gap newly found in the inventory (or found again after it had been resolved). The
 * risk assessment listens to propose a risk to the current register.
 *
 * @param assetId the asset concerned, or {@code null}
 */
public record InventoryFindingOpened(UUID practiceId, UUID findingId, String ruleKey, String citation, String title,
		String detail, UUID assetId) {

}
