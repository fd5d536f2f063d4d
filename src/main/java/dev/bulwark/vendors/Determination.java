package dev.bulwark.vendors;

/** What the answers about patient information make of a vendor. */
enum Determination implements Labelled {

	BUSINESS_ASSOCIATE("Business associate",
			"It creates, receives, maintains or transmits patient information for the practice: a business "
					+ "associate agreement is required before it handles any (164.308(b)(1))."),

	CONDUIT("Not a business associate (mere conduit)",
			"It only carries information in transit without routine access to it, like the postal service or an "
					+ "internet provider: no business associate agreement is needed."),

	NO_PHI("Not a business associate",
			"It does not create, receive, maintain or transmit patient information for the practice: no business "
					+ "associate agreement is needed. Ask again if its service changes.");

	private final String label;

	private final String explanation;

	Determination(String label, String explanation) {
		this.label = label;
		this.explanation = explanation;
	}

	@Override
	public String label() {
		return this.label;
	}

	public String explanation() {
		return this.explanation;
	}

}
