package dev.bulwark.assessment;

import java.util.List;

/**
 * Turns a likelihood and an impact rating into a {@link RiskLevel}. A practice chooses
 * its matrix in its settings; a signed-off assessment keeps the one it was signed off
 * with.
 * <p>
 * <b>3 x 3</b> (the default, as in the HHS SRA Tool): the level follows the sum of the
 * two ratings (Low 1, Moderate 2, High 3): 2-3 Low, 4 Moderate, 5 High, 6 Critical. So
 * High x High is Critical; High x Moderate is High; Moderate x Moderate and High x Low
 * are Moderate; the rest are Low.
 * <p>
 * <b>5 x 5</b>: the level-of-risk table of NIST SP 800-30 Rev. 1 (Table I-2), whose five
 * levels map onto Bulwark's four: Very low and Low to Low, Moderate to Moderate, High to
 * High, Very high to Critical. Impact dominates: a very likely event with low impact is
 * still a low risk.
 */
enum RiskMatrix {

	THREE_BY_THREE("3x3", List.of(RiskRating.LOW, RiskRating.MODERATE, RiskRating.HIGH)),

	FIVE_BY_FIVE("5x5", List.of(RiskRating.values()));

	private static final RiskLevel L = RiskLevel.LOW;

	private static final RiskLevel M = RiskLevel.MODERATE;

	private static final RiskLevel H = RiskLevel.HIGH;

	private static final RiskLevel C = RiskLevel.CRITICAL;

	/** Rows: likelihood very low to very high; columns: impact very low to very high. */
	private static final RiskLevel[][] NIST = { { L, L, L, L, L }, { L, L, L, L, M }, { L, L, M, M, H },
			{ L, L, M, H, C }, { L, L, M, H, C } };

	private final String setting;

	private final List<RiskRating> ratings;

	RiskMatrix(String setting, List<RiskRating> ratings) {
		this.setting = setting;
		this.ratings = ratings;
	}

	/**
	 * The matrix for a practice setting ({@code 3x3} or {@code 5x5}); 3 x 3 otherwise.
	 */
	public static RiskMatrix fromSetting(String setting) {
		return "5x5".equals(setting) ? FIVE_BY_FIVE : THREE_BY_THREE;
	}

	/** The practice setting value, {@code 3x3} or {@code 5x5}. */
	public String setting() {
		return this.setting;
	}

	public String label() {
		return (this == THREE_BY_THREE) ? "3 x 3" : "5 x 5";
	}

	/** The ratings offered for likelihood and impact, lowest first. */
	public List<RiskRating> ratings() {
		return this.ratings;
	}

	/**
	 * The level of a risk. On the 3 x 3 matrix, ratings from the 5 x 5 scale count as
	 * their nearest 3 x 3 rating (very low as low, very high as high).
	 */
	public RiskLevel level(RiskRating likelihood, RiskRating impact) {
		if (this == FIVE_BY_FIVE) {
			return NIST[likelihood.ordinal()][impact.ordinal()];
		}
		int sum = threeLevel(likelihood) + threeLevel(impact);
		return switch (sum) {
			case 2, 3 -> RiskLevel.LOW;
			case 4 -> RiskLevel.MODERATE;
			case 5 -> RiskLevel.HIGH;
			default -> RiskLevel.CRITICAL;
		};
	}

	/** A rating as this matrix shows it (5 x 5 ratings folded onto the 3 x 3 scale). */
	public RiskRating normalize(RiskRating rating) {
		if (this == FIVE_BY_FIVE) {
			return rating;
		}
		return switch (rating) {
			case VERY_LOW -> RiskRating.LOW;
			case VERY_HIGH -> RiskRating.HIGH;
			default -> rating;
		};
	}

	private static int threeLevel(RiskRating rating) {
		return switch (rating) {
			case VERY_LOW, LOW -> 1;
			case MODERATE -> 2;
			case HIGH, VERY_HIGH -> 3;
		};
	}

}
