package dev.bulwark.contingency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.GapsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the risk register about the open gaps ({@link GapsReported}) and the compliance
 * calendar about what comes due ({@link DueItemsReported}), both with source
 * {@value ContingencyGaps#SOURCE}: after every change, in its transaction, and when a
 * practice's day begins ({@link DailyContingencyCheck}).
 */
@Component
class ContingencyReports {

	static final String RESTORE_TEST_OBLIGATION = "OBL-RESTORE-TEST";

	static final String BACKUP_CHECK_OBLIGATION = "OBL-BACKUP-CHECK";

	static final String PLAN_TEST_OBLIGATION = "OBL-CONTINGENCY-TEST";

	private final ApplicationEventPublisher events;

	ContingencyReports(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Publishes both snapshots for a practice. */
	void publish(UUID practiceId, List<SystemStatus> statuses, boolean nprm, ZoneId zone,
			List<ExerciseDetails> exercises, LocalDate today) {
		this.events
			.publishEvent(new GapsReported(practiceId, ContingencyGaps.SOURCE, ContingencyGaps.of(statuses, nprm)));
		this.events.publishEvent(new DueItemsReported(practiceId, ContingencyGaps.SOURCE,
				items(statuses, nprm, zone, exercises, today)));
	}

	/**
	 * The open due items: each ePHI system's next restore test (RECOMMENDED), the next
	 * test of the plan (yearly, RECOMMENDED) and open follow-up actions; in NPRM-ready
	 * mode also each ePHI system's next backup under the proposed 48 hours.
	 */
	static List<DueItem> items(List<SystemStatus> statuses, boolean nprm, ZoneId zone, List<ExerciseDetails> exercises,
			LocalDate today) {
		List<DueItem> items = new ArrayList<>();
		for (SystemStatus status : statuses) {
			if (!status.ephi() || status.restoreTestDueOn() == null) {
				continue;
			}
			UUID id = status.system().id();
			items.add(new DueItem("restore-test:" + id,
					"Test-restore the backup of \"" + status.system().name() + "\" (every " + status.testEveryMonths()
							+ ((status.testEveryMonths() == 1) ? " month" : " months") + ", recommended)",
					status.restoreTestDueOn(), null, Basis.RECOMMENDED, RESTORE_TEST_OBLIGATION, null,
					"/contingency/restore-tests/new?assetId=" + id, "164.308(a)(7)(ii)(D)"));
			if (nprm && status.age().newest() != null) {
				java.time.Instant dueAt = status.age().newest().plus(BackupRules.PROPOSED_MAX_AGE);
				items.add(new DueItem("backup-age:" + id,
						"Next backup of \"" + status.system().name() + "\" (proposed rule: at most 48 hours old)",
						LocalDate.ofInstant(dueAt, zone), dueAt, Basis.PROPOSED, BACKUP_CHECK_OBLIGATION, null,
						"/contingency/backups", "164.308(a)(7)(ii)(A)"));
			}
		}
		LocalDate lastExercise = exercises.stream().map(ExerciseDetails::heldOn).max(LocalDate::compareTo).orElse(null);
		items.add(new DueItem("plan-test", "Test the contingency plan (yearly, recommended)",
				(lastExercise != null) ? lastExercise.plusYears(1) : today, null, Basis.RECOMMENDED,
				PLAN_TEST_OBLIGATION, null, "/contingency/exercises/new", "164.308(a)(7)(ii)(D)"));
		for (ExerciseDetails exercise : exercises) {
			if (exercise.followUpOpen() && exercise.followUpDueOn() != null) {
				items.add(new DueItem("follow-up:" + exercise.id(),
						"Follow-up of the " + exercise.kind().label().toLowerCase(java.util.Locale.ROOT) + " of "
								+ exercise.heldOn(),
						exercise.followUpDueOn(), null, Basis.RECOMMENDED, null, null, "/contingency/plan",
						"164.308(a)(7)(ii)(D)"));
			}
		}
		return items;
	}

}
