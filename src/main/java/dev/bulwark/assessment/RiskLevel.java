package dev.bulwark.assessment;

/** The level of a risk, from its likelihood and impact through the {@link RiskMatrix}. */
enum RiskLevel {

	LOW("Low"), MODERATE("Moderate"), HIGH("High"), CRITICAL("Critical");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * CSS class name and sort key in one: {@code level-low} ... {@code level-critical}.
	 */
	public String cssClass() {
		return "level-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
