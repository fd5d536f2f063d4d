package dev.bulwark.evidence;

import java.util.UUID;

/**
 * An evidence item was detached from a record; the item itself is kept.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param owner the record it no longer belongs to
 */
public record EvidenceUnlinked(UUID practiceId, UUID evidenceId, String title,
		EvidenceOwner owner) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.unlinked";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" detached from " + this.owner;
	}

}
