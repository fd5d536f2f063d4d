package dev.bulwark.inventory;

/** What one end of a data flow is: one of the practice's assets, or an outside party. */
enum PartyType implements Labelled {

	ASSET("One of our systems"), VENDOR("Vendor or business associate"), PATIENTS("Patients"),
	PAYERS("Payers and insurers"), OTHER("Someone else");

	private final String label;

	PartyType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
