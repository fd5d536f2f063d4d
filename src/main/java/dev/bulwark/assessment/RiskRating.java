package dev.bulwark.assessment;

/**
 * A likelihood or impact rating. The 3 x 3 matrix uses {@link #LOW}, {@link #MODERATE}
 * and {@link #HIGH}; the 5 x 5 matrix adds {@link #VERY_LOW} and {@link #VERY_HIGH}.
 */
enum RiskRating {

	VERY_LOW("Very low"), LOW("Low"), MODERATE("Moderate"), HIGH("High"), VERY_HIGH("Very high");

	private final String label;

	RiskRating(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static RiskRating of(dev.bulwark.catalog.Rating rating) {
		return valueOf(rating.name());
	}

}
