package dev.bulwark.workforce;

import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened to the workforce records, one record per fact. Each is published in the
 * transaction that made the change and written to the practice's audit trail in that same
 * transaction.
 * <p>
 * The action names are stable: audit searches and exports rely on them. Summaries name
 * people and systems, never what a person typed about someone (a sanction's reasons, a
 * note).
 */
public sealed interface WorkforceEvent extends AuditableEvent {

	/** A person was added to the roster. */
	record StaffAdded(UUID practiceId, UUID personId, String name, String workforceType) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.added";
		}

		@Override
		public String objectType() {
			return "staff";
		}

		@Override
		public String objectId() {
			return this.personId.toString();
		}

		@Override
		public String summary() {
			return "Staff member added: \"" + this.name + "\" (" + this.workforceType + ")";
		}

	}

	/** A person's details were changed. */
	record StaffChanged(UUID practiceId, UUID personId, String name) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.changed";
		}

		@Override
		public String objectType() {
			return "staff";
		}

		@Override
		public String objectId() {
			return this.personId.toString();
		}

		@Override
		public String summary() {
			return "Staff member changed: \"" + this.name + "\"";
		}

	}

}
