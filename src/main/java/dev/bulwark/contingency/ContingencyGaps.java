package dev.bulwark.contingency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;

/**
 * Turns the systems' statuses into the gaps reported to the risk register
 * ({@link GapsReported}, source {@value #SOURCE}): one gap per kind, naming the systems.
 * The proposed rule's checks (48-hour backup age, 72-hour restore) are gaps only in
 * NPRM-ready mode, and say that they are proposed. Plain Java.
 */
final class ContingencyGaps {

	static final String SOURCE = "contingency";

	static final String NO_BACKUP = "backup.missing";

	static final String THREE_TWO_ONE = "backup.three-two-one";

	static final String BACKUP_AGE = "backup.too-old";

	static final String RESTORE_TEST_OVERDUE = "restore.test-overdue";

	static final String RESTORE_OVER_72H = "restore.too-slow";

	static final String NOT_RANKED = "criticality.missing";

	/** At most this many systems are named in a gap's detail. */
	static final int NAMED = 10;

	private ContingencyGaps() {
	}

	static List<Gap> of(List<SystemStatus> statuses, boolean nprm) {
		List<Gap> gaps = new ArrayList<>();
		add(gaps, statuses, (s) -> s.ephi() && !s.backedUp(), NO_BACKUP, "V-NO-BACKUP", "164.308(a)(7)(ii)(A)",
				"system holding ePHI has no backup recorded", "systems holding ePHI have no backup recorded",
				"/contingency/backups");
		add(gaps, statuses, (s) -> s.backedUp() && !s.threeTwoOne().passes(), THREE_TWO_ONE, "V-BACKUP-NOT-ISOLATED",
				"164.308(a)(7)(ii)(A)", "system's backups do not follow the 3-2-1 rule (recommended)",
				"systems' backups do not follow the 3-2-1 rule (recommended)", "/contingency");
		add(gaps, statuses, (s) -> s.ephi() && s.backedUp() && s.restoreTestOverdue(), RESTORE_TEST_OVERDUE,
				"V-UNTESTED-BACKUP", "164.308(a)(7)(ii)(D)",
				"system holding ePHI has no recent successful restore test",
				"systems holding ePHI have no recent successful restore test", "/contingency/restore-tests");
		add(gaps, statuses, (s) -> s.ephi() && s.criticality() == null, NOT_RANKED, "V-NO-CRITICALITY-ANALYSIS",
				"164.308(a)(7)(ii)(E)", "system holding ePHI is not in the criticality analysis",
				"systems holding ePHI are not in the criticality analysis", "/contingency/criticality");
		if (nprm) {
			add(gaps, statuses, (s) -> s.ephi() && s.backedUp() && !s.age().passes(), BACKUP_AGE, "V-UNTESTED-BACKUP",
					"164.308(a)(7)(ii)(A)",
					"system holding ePHI has no backup from the last 48 hours (proposed rule, not in force)",
					"systems holding ePHI have no backup from the last 48 hours (proposed rule, not in force)",
					"/contingency");
			add(gaps, statuses, (s) -> Boolean.TRUE.equals(s.over72Hours()), RESTORE_OVER_72H,
					"V-NO-DISASTER-RECOVERY-PLAN", "164.308(a)(7)(ii)(B)",
					"system took longer than 72 hours to restore (proposed rule, not in force)",
					"systems took longer than 72 hours to restore (proposed rule, not in force)",
					"/contingency/criticality");
		}
		return gaps;
	}

	private static void add(List<Gap> gaps, List<SystemStatus> statuses, Predicate<SystemStatus> open, String key,
			String vulnerability, String citation, String one, String many, String link) {
		List<String> names = statuses.stream().filter(open).map((s) -> s.system().name()).toList();
		if (names.isEmpty()) {
			return;
		}
		String title = (names.size() == 1) ? "1 " + one : names.size() + " " + many;
		String detail = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
				+ ((names.size() > NAMED) ? " and " + (names.size() - NAMED) + " more" : "");
		gaps.add(new Gap(key, vulnerability, citation, title, detail, link));
	}

}
