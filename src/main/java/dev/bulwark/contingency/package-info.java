/**
 * Contingency planning (164.308(a)(7), 164.310(a)(2)(i)): the backup register per system,
 * restore tests, the applications and data criticality analysis, and the contingency plan
 * (data backup, disaster recovery and emergency mode operation) generated from them, with
 * the plan tests and tabletop exercises.
 * <p>
 * The facade is {@link dev.bulwark.contingency.Contingency}; its methods serve this
 * module's pages and API only. The module checks each system's backups against the 3-2-1
 * rule (a recommendation) and, shown as proposed, the 2025 proposed rule's 48-hour backup
 * age and 72-hour restore target; restore tests fall due quarterly by default (a
 * recommendation). Systems are the inventory's ({@code Inventory.systems}); restore-test
 * reports go to the evidence store (owner type {@code restore-test}); the plan is a
 * controlled document of the policies engine ({@code Policies.draft}, kind
 * {@code CONTINGENCY_PLAN}), which keeps its versions, approval and PDF.
 * <p>
 * Events ({@link dev.bulwark.contingency.ContingencyEvent}, all audited): BackupRecorded,
 * BackupChanged, BackupRemoved, RestoreTestRecorded, CriticalitySet, CriticalityRemoved,
 * PlanContentChanged, ExerciseRecorded, FollowUpCompleted. Open gaps reach the risk
 * register through {@link dev.bulwark.shared.GapsReported} and due dates the calendar
 * through {@link dev.bulwark.shared.DueItemsReported} (source {@code contingency}), after
 * every change and on the daily tick. The 3-2-1 rule as counted here is explained in
 * {@code docs/adr/0014-backup-checks.md}.
 */
@ApplicationModule(displayName = "Contingency",
		allowedDependencies = { "shared", "inventory", "evidence", "policies", "practice" })
package dev.bulwark.contingency;

import org.springframework.modulith.ApplicationModule;
