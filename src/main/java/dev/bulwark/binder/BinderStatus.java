package dev.bulwark.binder;

/** Where an export stands. */
enum BinderStatus {

	PREPARING("Being prepared"), READY("Ready to download"), FAILED("Failed"), EXPIRED("Expired");

	private final String label;

	BinderStatus(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
