package dev.bulwark.evidence;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happens to evidence. Every event is written to the audit trail in the transaction
 * that caused it; downloads are events too, so every read of a file leaves a line. Other
 * modules may listen (the calendar, for example, to see that a task's evidence arrived).
 * <p>
 * Summaries name the item by its title and version, never by file content.
 */
public sealed interface EvidenceEvent extends AuditableEvent
		permits EvidenceUploaded, EvidenceVersionAdded, EvidenceDownloaded, EvidenceLinked, EvidenceUnlinked,
		EvidenceDetailsChanged, EvidenceDeleted, EvidenceIntegrityFailed {

	/** The evidence item concerned. */
	java.util.UUID evidenceId();

	@Override
	default String objectType() {
		return "evidence";
	}

	@Override
	default String objectId() {
		return evidenceId().toString();
	}

}
