package dev.bulwark.evidence;

import java.util.UUID;

/**
 * A file of an evidence item was decrypted and handed to someone. Every download
 * publishes this, so the audit trail shows who read which evidence when.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param version the version downloaded
 * @param via the record it was opened through ({@code type/id}), or {@code null} when
 * opened from the evidence pages or the evidence API
 */
public record EvidenceDownloaded(UUID practiceId, UUID evidenceId, String title, int version,
		String via) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.downloaded";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" version " + this.version + " downloaded"
				+ ((this.via != null) ? " from " + this.via : "");
	}

}
