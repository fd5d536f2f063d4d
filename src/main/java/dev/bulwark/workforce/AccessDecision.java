package dev.bulwark.workforce;

/** What the reviewer decided about one account in an access review. */
enum AccessDecision {

	KEEP("Keep: the job still needs this access"), CHANGE("Change: reduce or adjust the access"),
	REMOVE("Remove: the access is no longer needed");

	private final String label;

	AccessDecision(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
