package dev.bulwark.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The title, description or "effective until" date of an evidence item changed.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its (new) title
 * @param effectiveUntil when it stops being in effect, or {@code null}
 * @param retainUntil its retention date after the change (never earlier than before)
 */
public record EvidenceDetailsChanged(UUID practiceId, UUID evidenceId, String title, LocalDate effectiveUntil,
		LocalDate retainUntil) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.details-changed";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" details changed"
				+ ((this.effectiveUntil != null) ? "; in effect until " + this.effectiveUntil : "") + "; kept until "
				+ this.retainUntil;
	}

}
