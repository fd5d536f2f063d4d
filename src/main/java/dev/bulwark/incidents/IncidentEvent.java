package dev.bulwark.incidents;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;
import dev.bulwark.shared.AuditableRead;

/**
 * What happens to incidents, breach assessments, breaches and drills. Every event is an
 * audit entry written in the transaction that caused it; reads of incident records are
 * events too, because the records may hold PHI. Summaries carry labels, dates and counts,
 * never what someone typed about the incident (which may name patients).
 */
public sealed interface IncidentEvent extends AuditableEvent {

	/** Someone reported an incident. */
	record IncidentReported(UUID practiceId, UUID incidentId, LocalDate happenedOn) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.reported";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Incident reported (happened " + this.happenedOn + ")";
		}

	}

	/**
	 * An incident record (or part of it) was read.
	 *
	 * @param part what was read: details, timeline, assessment, breach, letter
	 */
	record IncidentViewed(UUID practiceId, UUID incidentId, String part) implements IncidentEvent, AuditableRead {

		@Override
		public String action() {
			return "incident.viewed";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Incident record read: " + this.part;
		}

	}

	/**
	 * A list of incidents (with what each was about) was read.
	 *
	 * @param scope which list: all, own reports, breaches, breach log
	 * @param shown how many records the page showed
	 */
	record IncidentsListed(UUID practiceId, String scope, int shown) implements IncidentEvent, AuditableRead {

		@Override
		public String action() {
			return "incident.listed";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return null;
		}

		@Override
		public String summary() {
			return "Incident list read (" + this.scope + ", " + this.shown + " shown)";
		}

	}

	/** The security officer triaged or updated an incident. */
	record IncidentUpdated(UUID practiceId, UUID incidentId, String type, String status) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.updated";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Incident updated: " + ((this.type != null) ? this.type : "type not set") + ", " + this.status;
		}

	}

	/** A line was added to an incident's timeline. */
	record IncidentEntryAdded(UUID practiceId, UUID incidentId, UUID entryId, String kind) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.entry-added";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Incident timeline: " + this.kind + " added";
		}

	}

	/** The breach assessment of an incident was decided. */
	record BreachAssessed(UUID practiceId, UUID incidentId, String conclusion, boolean breach,
			String decidedBy) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.breach-assessed";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Breach assessment decided by " + this.decidedBy + ": " + this.conclusion;
		}

	}

	/** The facts of a breach were recorded or changed; the deadlines follow from them. */
	record BreachRecorded(UUID practiceId, UUID incidentId, LocalDate discoveredOn, int affected,
			LocalDate individualsDue) implements IncidentEvent {

		@Override
		public String action() {
			return "breach.recorded";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Breach recorded: discovered " + this.discoveredOn + ", " + this.affected
					+ " affected, individuals to be notified by " + this.individualsDue;
		}

	}

	/** The notice letter of a breach was saved. */
	record NoticeLetterSaved(UUID practiceId, UUID incidentId) implements IncidentEvent {

		@Override
		public String action() {
			return "breach.letter-saved";
		}

		@Override
		public String objectType() {
			return "incident";
		}

		@Override
		public String objectId() {
			return this.incidentId.toString();
		}

		@Override
		public String summary() {
			return "Breach notice letter saved";
		}

	}

	/** A tabletop drill was recorded. */
	record DrillRecorded(UUID practiceId, UUID drillId, LocalDate heldOn) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.drill-recorded";
		}

		@Override
		public String objectType() {
			return "drill";
		}

		@Override
		public String objectId() {
			return this.drillId.toString();
		}

		@Override
		public String summary() {
			return "Tabletop drill of " + this.heldOn + " recorded";
		}

	}

}
