package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.inventory.InventorySystem;

/**
 * Where one system stands: its backup copies and their checks, its restore tests, and its
 * place in the criticality analysis with the objectives checked against the measured
 * restore time. Computed by {@link ContingencyRules}.
 *
 * @param system the system of the inventory
 * @param copies its backup copies
 * @param threeTwoOne the 3-2-1 check (RECOMMENDED)
 * @param age the 48-hour check (PROPOSED)
 * @param lastTest its newest restore test, or {@code null}
 * @param lastSuccess its newest successful restore test, or {@code null}
 * @param testEveryMonths the restore-test interval in months
 * @param restoreTestDueOn when the next restore test is due, or {@code null} when it has
 * no backup to test
 * @param restoreTestOverdue whether that day has passed
 * @param criticality its place in the criticality analysis, or {@code null}
 * @param objectiveProblems recovery objectives the measured times do not meet
 * @param over72Hours whether the last successful restore took longer than the proposed
 * rule's 72 hours ({@code null}: never measured)
 */
record SystemStatus(InventorySystem system, List<BackupDetails> copies, BackupRules.ThreeTwoOne threeTwoOne,
		BackupRules.AgeCheck age, RestoreTestDetails lastTest, RestoreTestDetails lastSuccess, int testEveryMonths,
		LocalDate restoreTestDueOn, boolean restoreTestOverdue, CriticalityDetails criticality,
		List<String> objectiveProblems, Boolean over72Hours) {

	SystemStatus {
		copies = List.copyOf(copies);
		objectiveProblems = List.copyOf(objectiveProblems);
	}

	public boolean ephi() {
		return this.system.ephi();
	}

	public boolean backedUp() {
		return !this.copies.isEmpty();
	}

}
