package dev.bulwark.incidents;

/** The outcome of a breach assessment. */
enum Conclusion implements Labelled {

	NOT_A_BREACH_EXCEPTION("Not a breach: an exception of 164.402 applies", false),
	NOT_A_BREACH_SECURED("Not a breach of unsecured PHI: the information was secured", false),
	LOW_PROBABILITY("Not a breach: low probability that the PHI was compromised", false),
	BREACH("Breach (presumed): notification required", true);

	private final String label;

	private final boolean breach;

	Conclusion(String label, boolean breach) {
		this.label = label;
		this.breach = breach;
	}

	@Override
	public String label() {
		return this.label;
	}

	public boolean breach() {
		return this.breach;
	}

}
