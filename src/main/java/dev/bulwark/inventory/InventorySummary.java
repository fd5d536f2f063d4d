package dev.bulwark.inventory;

import java.time.Instant;

/**
 * The state of the inventory at a glance.
 *
 * @param assets active assets (not disposed)
 * @param ephiAssets active assets that store or access ePHI
 * @param dataFlows recorded data flows
 * @param openFindings open findings
 * @param lastReview the latest review, or {@code null} if never reviewed
 * @param reviewDue whether the yearly review is due: assets are in use and the inventory
 * was never reviewed, or last reviewed 12 months ago or more (in the practice's calendar
 * days; the daily tick keeps it current)
 */
public record InventorySummary(int assets, int ephiAssets, int dataFlows, int openFindings, InventoryReview lastReview,
		boolean reviewDue) {

	/**
	 * A completed review of the inventory and data-flow map.
	 *
	 * @param reviewedBy the reviewer's name or e-mail
	 */
	public record InventoryReview(Instant reviewedAt, String reviewedBy, String notes) {

	}

}
