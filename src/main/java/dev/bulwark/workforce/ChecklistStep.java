package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of an offboarding checklist, with its deadline as the practice's mode shows
 * it.
 *
 * @param id the step
 * @param personId whose checklist it is
 * @param kind what the step is, e.g. {@code DISABLE_ACCOUNT}
 * @param accountId the account to disable, for those steps
 * @param title what to do
 * @param dueAt in NPRM-ready mode, the proposed rule's elapsed-hour deadline; otherwise
 * {@code null}
 * @param dueOn the practice's local date it is due: that of {@code dueAt}, or the last
 * day of work (a recommendation: the rule in force sets no time limit)
 * @param proposed whether the deadline is the proposed rule's (NPRM-ready mode)
 * @param deadline the deadline in words, labelled PROPOSED or RECOMMENDED
 * @param overdue whether it is past due and not done, as the daily tick last found
 * @param overdueSince when the daily tick found it past due (escalated), or {@code null}
 * @param doneAt when it was done, or {@code null}
 * @param doneByName who did it
 */
public record ChecklistStep(UUID id, UUID personId, String kind, UUID accountId, String title, Instant dueAt,
		LocalDate dueOn, boolean proposed, String deadline, boolean overdue, Instant overdueSince, Instant doneAt,
		String doneByName) {

	public boolean done() {
		return this.doneAt != null;
	}

}
