package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in contingency planning, one record per fact; each is also an audit
 * entry. Summaries name systems and outcomes, never the free text people typed.
 */
public sealed interface ContingencyEvent extends AuditableEvent {

	/** A backup copy was added to the register. */
	record BackupRecorded(UUID practiceId, UUID backupId, String systemName, String location,
			String media) implements ContingencyEvent {

		@Override
		public String action() {
			return "backup.recorded";
		}

		@Override
		public String objectType() {
			return "backup";
		}

		@Override
		public String objectId() {
			return this.backupId.toString();
		}

		@Override
		public String summary() {
			return "Backup of \"" + this.systemName + "\" recorded: " + this.location + ", " + this.media;
		}

	}

	/** A backup copy's record was changed (a new last successful run, another medium). */
	record BackupChanged(UUID practiceId, UUID backupId, String systemName,
			String lastSucceededAt) implements ContingencyEvent {

		@Override
		public String action() {
			return "backup.changed";
		}

		@Override
		public String objectType() {
			return "backup";
		}

		@Override
		public String objectId() {
			return this.backupId.toString();
		}

		@Override
		public String summary() {
			return "Backup of \"" + this.systemName + "\" changed; last success "
					+ ((this.lastSucceededAt != null) ? this.lastSucceededAt : "not known");
		}

	}

	/** A backup copy was taken out of the register (no longer made). */
	record BackupRemoved(UUID practiceId, UUID backupId, String systemName) implements ContingencyEvent {

		@Override
		public String action() {
			return "backup.removed";
		}

		@Override
		public String objectType() {
			return "backup";
		}

		@Override
		public String objectId() {
			return this.backupId.toString();
		}

		@Override
		public String summary() {
			return "Backup of \"" + this.systemName + "\" removed from the register";
		}

	}

	/** A test restore was recorded. */
	record RestoreTestRecorded(UUID practiceId, UUID restoreTestId, String systemName, LocalDate performedOn,
			String outcome, int durationMinutes) implements ContingencyEvent {

		@Override
		public String action() {
			return "restore-test.recorded";
		}

		@Override
		public String objectType() {
			return "restore-test";
		}

		@Override
		public String objectId() {
			return this.restoreTestId.toString();
		}

		@Override
		public String summary() {
			return "Restore test of \"" + this.systemName + "\" on " + this.performedOn + ": " + this.outcome + " in "
					+ this.durationMinutes + " min";
		}

	}

	/** A system's place in the criticality analysis was set or changed. */
	record CriticalitySet(UUID practiceId, UUID assetId, String systemName, int priority, int rtoHours,
			int rpoHours) implements ContingencyEvent {

		@Override
		public String action() {
			return "criticality.set";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "Criticality of \"" + this.systemName + "\": restore order " + this.priority + ", RTO "
					+ this.rtoHours + " h, RPO " + this.rpoHours + " h";
		}

	}

	/** A system was taken out of the criticality analysis. */
	record CriticalityRemoved(UUID practiceId, UUID assetId, String systemName) implements ContingencyEvent {

		@Override
		public String action() {
			return "criticality.removed";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "\"" + this.systemName + "\" taken out of the criticality analysis";
		}

	}

	/**
	 * The plan's emergency contacts or step lists changed.
	 *
	 * @param change what changed, e.g. "emergency contact added"
	 */
	record PlanContentChanged(UUID practiceId, UUID itemId, String change) implements ContingencyEvent {

		@Override
		public String action() {
			return "contingency-plan.content-changed";
		}

		@Override
		public String objectType() {
			return "contingency-plan";
		}

		@Override
		public String objectId() {
			return this.itemId.toString();
		}

		@Override
		public String summary() {
			return "Contingency plan: " + this.change;
		}

	}

	/** A plan test or tabletop exercise was recorded. */
	record ExerciseRecorded(UUID practiceId, UUID exerciseId, LocalDate heldOn, String kind,
			boolean followUp) implements ContingencyEvent {

		@Override
		public String action() {
			return "contingency-exercise.recorded";
		}

		@Override
		public String objectType() {
			return "contingency-exercise";
		}

		@Override
		public String objectId() {
			return this.exerciseId.toString();
		}

		@Override
		public String summary() {
			return this.kind + " held on " + this.heldOn + ((this.followUp) ? ", with follow-up actions" : "");
		}

	}

	/** The follow-up actions of an exercise were done. */
	record FollowUpCompleted(UUID practiceId, UUID exerciseId, LocalDate doneOn) implements ContingencyEvent {

		@Override
		public String action() {
			return "contingency-exercise.follow-up-completed";
		}

		@Override
		public String objectType() {
			return "contingency-exercise";
		}

		@Override
		public String objectId() {
			return this.exerciseId.toString();
		}

		@Override
		public String summary() {
			return "Follow-up of the exercise done on " + this.doneOn;
		}

	}

}
