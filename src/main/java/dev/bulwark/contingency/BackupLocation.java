package dev.bulwark.contingency;

/**
 * Where a backup copy is kept; off site and cloud copies survive a fire in the office.
 */
enum BackupLocation implements Labelled {

	ON_SITE("On site (in the office)", false), OFF_SITE("Off site (another building)", true),
	CLOUD("In the cloud", true);

	private final String label;

	private final boolean offSite;

	BackupLocation(String label, boolean offSite) {
		this.label = label;
		this.offSite = offSite;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Whether the copy is away from the office. */
	boolean offSite() {
		return this.offSite;
	}

}
