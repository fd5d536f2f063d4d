package dev.bulwark.contingency;

import java.util.List;
import java.util.UUID;

/**
 * One system of the criticality analysis as the API shows it: its objectives and what was
 * measured.
 *
 * @param lastRestoreMinutes how long the last successful test restore took, or
 * {@code null}
 * @param objectiveProblems objectives the measured times do not meet
 * @param over72HoursProposedRule whether the last successful restore took longer than the
 * proposed rule's 72 hours (not in force; {@code null}: never measured)
 */
record CriticalityEntry(UUID assetId, String systemName, boolean ephi, int priority, int rtoHours, int rpoHours,
		int testEveryMonths, String notes, Integer lastRestoreMinutes, List<String> objectiveProblems,
		Boolean over72HoursProposedRule) {

	static CriticalityEntry of(SystemStatus status) {
		CriticalityDetails c = status.criticality();
		return new CriticalityEntry(status.system().id(), status.system().name(), status.ephi(), c.priority(),
				c.rtoHours(), c.rpoHours(), c.testEveryMonths(), c.notes(),
				(status.lastSuccess() != null) ? status.lastSuccess().durationMinutes() : null,
				status.objectiveProblems(), status.over72Hours());
	}

}
