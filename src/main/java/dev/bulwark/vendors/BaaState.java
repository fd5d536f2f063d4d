package dev.bulwark.vendors;

/**
 * Where a vendor's business associate agreement stands, as the last change or the daily
 * tick left it.
 */
enum BaaState implements Labelled {

	NOT_NEEDED("Not needed", false), MISSING("No agreement in effect", true), EXPIRED("Agreement expired", true),
	INCOMPLETE("Agreement incomplete", true), CURRENT("Current agreement", false);

	private final String label;

	private final boolean gap;

	BaaState(String label, boolean gap) {
		this.label = label;
		this.gap = gap;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Whether a business associate in this state has no current agreement. */
	public boolean gap() {
		return this.gap;
	}

}
