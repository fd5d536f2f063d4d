package dev.bulwark.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The offboarding checklist's rules, plain Java: which steps a departure starts, and when
 * each is due.
 * <p>
 * In force, termination procedures (164.308(a)(3)(ii)(C)) are addressable and set no time
 * limit: Bulwark recommends finishing by the last day of work. In NPRM-ready mode the
 * 2025 proposed rule's clocks apply, labelled PROPOSED: access ended within 1 hour of the
 * end of employment, and other organizations that gave the person access told within 24
 * hours. The clocks are elapsed hours from the moment employment ended, correct across a
 * daylight-saving change.
 */
final class Offboarding {

	static final int ACCESS_HOURS = 1;

	static final int NOTICE_HOURS = 24;

	private Offboarding() {
	}

	/** A step to create: kind, account, title and the proposed clock in hours. */
	record NewStep(String kind, UUID accountId, String title, int clockHours) {
	}

	/** The steps a departure starts, given the person's enabled accounts. */
	static List<NewStep> steps(List<SystemAccount> enabledAccounts) {
		List<NewStep> steps = new ArrayList<>();
		for (SystemAccount account : enabledAccounts) {
			steps.add(new NewStep("DISABLE_ACCOUNT", account.id(),
					"Disable the account \"" + account.username() + "\" on " + account.systemName(), ACCESS_HOURS));
		}
		steps.add(new NewStep("DEVICES_AND_KEYS", null, "Collect devices, keys and badges", ACCESS_HOURS));
		steps.add(new NewStep("BUILDING_ACCESS", null,
				"Revoke building access: door and alarm codes, key cards; change shared codes the person knew",
				ACCESS_HOURS));
		steps.add(new NewStep("NOTIFY_OTHERS", null,
				"Tell other organizations that gave this person access (a hospital portal, a lab, a payer) to end it",
				NOTICE_HOURS));
		return steps;
	}

	/**
	 * A stored step with its deadline as the practice sees it now. Whether it is overdue
	 * is what the daily tick last decided ({@link #pastDeadline}), never computed here:
	 * reading a checklist changes nothing.
	 * @param nprm whether the practice is in NPRM-ready mode
	 */
	static ChecklistStep view(StepRow row, Instant endedAt, LocalDate endedOn, boolean nprm, ZoneId zone) {
		Instant dueAt = dueAt(row, endedAt, nprm);
		LocalDate dueOn = (dueAt != null) ? LocalDate.ofInstant(dueAt, zone) : endedOn;
		String deadline = (dueAt != null)
				? "PROPOSED: within " + row.clockHours() + ((row.clockHours() == 1) ? " hour" : " hours")
						+ " of the end of employment (proposed rule, not yet law)"
				: "RECOMMENDED: by the last day of work (the rule in force sets no time limit)";
		boolean overdue = row.doneAt() == null && row.overdueAt() != null;
		return new ChecklistStep(row.id(), row.personId(), row.kind(), row.accountId(), row.title(), dueAt, dueOn,
				dueAt != null, deadline, overdue, row.overdueAt(), row.doneAt(), row.doneByName());
	}

	/**
	 * Whether an open step is past its deadline at {@code now}: in NPRM-ready mode the
	 * proposed clock, elapsed hours from the end of employment; otherwise Bulwark's
	 * recommendation, the end of the last day of work in the practice's calendar. The
	 * daily tick asks this and records the answer.
	 */
	static boolean pastDeadline(StepRow row, Instant endedAt, LocalDate endedOn, boolean nprm, ZoneId zone,
			Instant now) {
		if (row.doneAt() != null) {
			return false;
		}
		Instant dueAt = dueAt(row, endedAt, nprm);
		if (dueAt != null) {
			return now.isAfter(dueAt);
		}
		return LocalDate.ofInstant(now, zone).isAfter(endedOn);
	}

	private static Instant dueAt(StepRow row, Instant endedAt, boolean nprm) {
		return (nprm && row.clockHours() != null) ? endedAt.plus(Duration.ofHours(row.clockHours())) : null;
	}

	/** A step as stored. */
	record StepRow(UUID id, UUID personId, String kind, UUID accountId, String title, Integer clockHours,
			Instant overdueAt, Instant doneAt, String doneByName) {
	}

}
