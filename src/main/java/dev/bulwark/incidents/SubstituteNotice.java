package dev.bulwark.incidents;

/**
 * Substitute notice (164.404(d)) when contact details of some individuals are missing or
 * out of date.
 */
enum SubstituteNotice implements Labelled {

	NOT_NEEDED("Not needed: every individual can be reached by first-class mail (or e-mail where they agreed to it)."),
	FEWER_THAN_10("Fewer than 10 people cannot be reached: use another written notice, the telephone or other "
			+ "means for them."),
	TEN_OR_MORE("10 or more people cannot be reached: post a conspicuous notice on the practice's home page for 90 "
			+ "days, or use major print or broadcast media where they likely live, and keep a toll-free number "
			+ "working for at least 90 days so people can ask whether they are affected.");

	private final String label;

	SubstituteNotice(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	static SubstituteNotice forUnreachable(int unreachable) {
		if (unreachable <= 0) {
			return NOT_NEEDED;
		}
		return (unreachable < 10) ? FEWER_THAN_10 : TEN_OR_MORE;
	}

}
