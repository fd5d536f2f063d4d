package dev.bulwark.incidents;

/** The type of breach as the HHS breach portal asks for it. */
enum PortalBreachType implements Labelled {

	HACKING_IT_INCIDENT("Hacking/IT Incident"), IMPROPER_DISPOSAL("Improper Disposal"), LOSS("Loss"), THEFT("Theft"),
	UNAUTHORIZED_ACCESS_DISCLOSURE("Unauthorized Access/Disclosure"), OTHER("Other");

	private final String label;

	PortalBreachType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
