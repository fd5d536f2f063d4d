package dev.bulwark.vendors;

/** How much harm the vendor could do to the practice's patient information. */
enum RiskTier implements Labelled {

	HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	RiskTier(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
