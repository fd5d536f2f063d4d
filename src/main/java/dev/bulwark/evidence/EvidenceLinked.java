package dev.bulwark.evidence;

import java.util.UUID;

/**
 * An evidence item was attached to a record.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param owner the record, e.g. {@code vendor/3f2a...}
 */
public record EvidenceLinked(UUID practiceId, UUID evidenceId, String title,
		EvidenceOwner owner) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.linked";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" attached to " + this.owner;
	}

}
