package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One incident as the security officer sees it: the report, the triage, the systems, the
 * timeline, the assessment and the breach (if any).
 */
record IncidentDetails(UUID id, String what, LocalDate happenedOn, String happenedAtTime, String noticedBy,
		UUID reportedBy, String reportedByName, Instant reportedAt, IncidentStatus status, IncidentType type,
		Boolean phiInvolved, String vendors, String rootCause, String lessons, List<SystemLink> systems,
		List<Entry> timeline, BreachAssessment assessment, Breach breach) {

	IncidentDetails {
		systems = List.copyOf(systems);
		timeline = List.copyOf(timeline);
	}

	IncidentDetails with(List<SystemLink> systems, List<Entry> timeline, BreachAssessment assessment, Breach breach) {
		return new IncidentDetails(this.id, this.what, this.happenedOn, this.happenedAtTime, this.noticedBy,
				this.reportedBy, this.reportedByName, this.reportedAt, this.status, this.type, this.phiInvolved,
				this.vendors, this.rootCause, this.lessons, systems, timeline, assessment, breach);
	}

	public String typeLabel() {
		return (this.type != null) ? this.type.label() : "Not yet triaged";
	}

	public boolean isBreach() {
		return this.assessment != null && this.assessment.conclusion().breach();
	}

	public TriageForm triageForm() {
		return new TriageForm(this.type, this.status, this.phiInvolved,
				this.systems.stream().map(SystemLink::assetId).toList(), this.vendors, this.rootCause, this.lessons);
	}

	/** A system of the inventory involved in the incident. */
	record SystemLink(UUID assetId, String name) {
	}

	/** A line of the timeline. */
	record Entry(UUID id, EntryKind kind, Instant happenedAt, String description, String doneBy, Instant recordedAt) {
	}

}
