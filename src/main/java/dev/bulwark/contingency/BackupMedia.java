package dev.bulwark.contingency;

/**
 * What a backup copy is stored on. {@link #SAME_DEVICE} is another disk or partition of
 * the system itself: it counts as the same medium as the live data, because one failure
 * (a fire, ransomware on that computer) takes both.
 */
enum BackupMedia implements Labelled {

	SAME_DEVICE("Another disk or partition of the same computer"), EXTERNAL_DRIVE("External drive (USB)"),
	NAS("Network storage (NAS) or another server"), TAPE("Tape"), OPTICAL("Optical disc"),
	CLOUD_STORAGE("Cloud storage"), OTHER("Other");

	private final String label;

	BackupMedia(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
