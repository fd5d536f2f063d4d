package dev.bulwark.inventory;

/** The purpose of a network segment. */
enum SegmentKind implements Labelled {

	CLINICAL("Clinical"), ADMINISTRATIVE("Administrative"), GUEST("Guest Wi-Fi"), MEDICAL_DEVICES("Medical devices"),
	SERVERS("Servers"), OTHER("Other");

	private final String label;

	SegmentKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Segments where ePHI lives or clinical systems run. */
	public boolean isClinical() {
		return this == CLINICAL || this == MEDICAL_DEVICES || this == SERVERS;
	}

}
