package dev.bulwark.evidence;

import java.util.UUID;

/**
 * A stored file failed its integrity check on the way out (it could not be decrypted, or
 * its checksum did not match): the stored bytes were changed or damaged, or the master
 * key is not the one they were sealed with. Nothing was handed out.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param version the damaged version
 */
public record EvidenceIntegrityFailed(UUID practiceId, UUID evidenceId, String title,
		int version) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.integrity-failed";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" version " + this.version
				+ " failed its integrity check; nothing was handed out";
	}

}
