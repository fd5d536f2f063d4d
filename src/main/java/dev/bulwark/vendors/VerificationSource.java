package dev.bulwark.vendors;

/** Who filled in the vendor security questionnaire. */
enum VerificationSource implements Labelled {

	VENDOR("The vendor filled it in and signed it"),
	PRACTICE("The practice filled it in from the vendor's written statements");

	private final String label;

	VerificationSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
