package dev.bulwark.contingency;

import java.util.UUID;

/**
 * A system's place in the criticality analysis.
 *
 * @param assetId the system
 * @param priority restore order, 1 first
 * @param rtoHours recovery time objective
 * @param rpoHours recovery point objective
 * @param testEveryMonths restore-test interval in months
 * @param notes why
 */
record CriticalityDetails(UUID assetId, int priority, int rtoHours, int rpoHours, int testEveryMonths, String notes) {

	/** Quarterly restore tests: a recommendation, the rule sets no interval. */
	static final int DEFAULT_TEST_MONTHS = 3;

}
