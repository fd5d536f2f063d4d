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

	/** An account a person holds in a system was recorded. */
	record SystemAccountAdded(UUID practiceId, UUID accountId, String personName, String systemName, String username,
			String privilege, boolean mfa) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.account-added";
		}

		@Override
		public String objectType() {
			return "staff-account";
		}

		@Override
		public String objectId() {
			return this.accountId.toString();
		}

		@Override
		public String summary() {
			return "Account \"" + this.username + "\" on " + this.systemName + " recorded for \"" + this.personName
					+ "\" (" + this.privilege + ", multi-factor " + (this.mfa ? "on" : "off") + ")";
		}

	}

	/** An account's details were changed (disabling it included). */
	record SystemAccountChanged(UUID practiceId, UUID accountId, String personName, String systemName, String username,
			String privilege, boolean mfa, boolean enabled) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.account-changed";
		}

		@Override
		public String objectType() {
			return "staff-account";
		}

		@Override
		public String objectId() {
			return this.accountId.toString();
		}

		@Override
		public String summary() {
			return "Account \"" + this.username + "\" on " + this.systemName + " of \"" + this.personName
					+ "\" changed (" + this.privilege + ", multi-factor " + (this.mfa ? "on" : "off") + ", "
					+ (this.enabled ? "enabled" : "disabled") + ")";
		}

	}

	/** The systems a person uses were changed. */
	record SystemsUsedChanged(UUID practiceId, UUID personId, String name, int systems) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.systems-used-changed";
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
			return "Systems used by \"" + this.name + "\" changed: " + this.systems
					+ ((this.systems == 1) ? " system" : " systems");
		}

	}

	/** A departure was recorded and the offboarding checklist started. */
	record DepartureRecorded(UUID practiceId, UUID personId, String name, java.time.LocalDate endedOn,
			int steps) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.departure-recorded";
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
			return "Departure of \"" + this.name + "\" recorded (last day " + this.endedOn
					+ "); offboarding checklist of " + this.steps + " steps started";
		}

	}

	/** A step of an offboarding checklist was done. */
	record OffboardingStepDone(UUID practiceId, UUID personId, UUID stepId, String name,
			String step) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.offboarding-step-done";
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
			return "Offboarding of \"" + this.name + "\": done \"" + this.step + "\"";
		}

	}

	/** The daily tick found an offboarding step past its deadline and escalated it. */
	record OffboardingStepOverdue(UUID practiceId, UUID personId, UUID stepId, String name, String step,
			String basis) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.offboarding-step-overdue";
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
			return "Offboarding of \"" + this.name + "\": overdue \"" + this.step + "\" (" + this.basis + " deadline)";
		}

	}

	/** A step of an onboarding checklist was done. */
	record OnboardingStepDone(UUID practiceId, UUID personId, UUID stepId, String name,
			String step) implements WorkforceEvent {

		@Override
		public String action() {
			return "staff.onboarding-step-done";
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
			return "Onboarding of \"" + this.name + "\": done \"" + this.step + "\"";
		}

	}

	/** An access review was started with a line per enabled account. */
	record AccessReviewStarted(UUID practiceId, UUID reviewId, int lines) implements WorkforceEvent {

		@Override
		public String action() {
			return "access-review.started";
		}

		@Override
		public String objectType() {
			return "access-review";
		}

		@Override
		public String objectId() {
			return this.reviewId.toString();
		}

		@Override
		public String summary() {
			return "Access review started: " + this.lines + ((this.lines == 1) ? " account" : " accounts")
					+ " to review";
		}

	}

	/** A line of an access review was decided. */
	record AccessReviewLineDecided(UUID practiceId, UUID reviewId, UUID lineId, String personName, String systemName,
			String username, String decision) implements WorkforceEvent {

		@Override
		public String action() {
			return "access-review.line-decided";
		}

		@Override
		public String objectType() {
			return "access-review";
		}

		@Override
		public String objectId() {
			return this.reviewId.toString();
		}

		@Override
		public String summary() {
			return "Access review: \"" + this.username + "\" on " + this.systemName + " of \"" + this.personName
					+ "\": " + this.decision;
		}

	}

	/** The security officer signed off an access review. */
	record AccessReviewSignedOff(UUID practiceId, UUID reviewId, java.time.LocalDate signedOn, int lines,
			java.time.LocalDate nextDueOn) implements WorkforceEvent {

		@Override
		public String action() {
			return "access-review.signed-off";
		}

		@Override
		public String objectType() {
			return "access-review";
		}

		@Override
		public String objectId() {
			return this.reviewId.toString();
		}

		@Override
		public String summary() {
			return "Access review signed off on " + this.signedOn + " (" + this.lines
					+ ((this.lines == 1) ? " account" : " accounts") + "); next review recommended by "
					+ this.nextDueOn;
		}

	}

	/**
	 * A sanction was recorded. The summary names nobody: sanction records are restricted.
	 */
	record SanctionRecorded(UUID practiceId, UUID sanctionId, UUID personId) implements WorkforceEvent {

		@Override
		public String action() {
			return "sanction.recorded";
		}

		@Override
		public String objectType() {
			return "sanction";
		}

		@Override
		public String objectId() {
			return this.sanctionId.toString();
		}

		@Override
		public String summary() {
			return "Sanction record added";
		}

	}

}
