package dev.bulwark.workforce;

/** How much an account may do in its system. */
public enum Privilege {

	USER("Standard user"), ELEVATED("Elevated (e.g. supervisor, billing manager)"), ADMIN("Administrator");

	private final String label;

	Privilege(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
