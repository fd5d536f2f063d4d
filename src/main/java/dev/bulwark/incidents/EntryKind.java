package dev.bulwark.incidents;

/** A line of an incident's timeline. */
enum EntryKind implements Labelled {

	EVENT("Event"), CONTAINMENT("Containment step"), FOLLOW_UP("Follow-up action");

	private final String label;

	EntryKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
