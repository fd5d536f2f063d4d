package dev.bulwark.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An evidence item whose retention date had passed was deleted with all its versions.
 *
 * @param practiceId the practice
 * @param evidenceId the item
 * @param title its title
 * @param versions how many versions were deleted
 * @param retainedUntil the retention date that had passed
 */
public record EvidenceDeleted(UUID practiceId, UUID evidenceId, String title, int versions,
		LocalDate retainedUntil) implements EvidenceEvent {

	@Override
	public String action() {
		return "evidence.deleted";
	}

	@Override
	public String summary() {
		return "Evidence \"" + this.title + "\" deleted with " + this.versions
				+ ((this.versions == 1) ? " version" : " versions") + " (retention ended " + this.retainedUntil + ")";
	}

}
