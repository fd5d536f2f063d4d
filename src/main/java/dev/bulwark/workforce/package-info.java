/**
 * The workforce and its access: the roster of everyone under the practice's direct
 * control (employees, contractors, volunteers and trainees, paid or not), whether or not
 * they sign in to Bulwark, with job role, supervisor and clearance checks
 * (164.308(a)(3)(ii)(B)); the accounts each person holds in the inventory's systems and
 * the systems they use, with findings for shared logins, accounts without multi-factor
 * sign-in on systems with patient information, enabled accounts of people who left and
 * people without an account of their own ({@link dev.bulwark.shared.GapsReported}, source
 * {@code workforce}); departures and their offboarding checklists, whose open steps reach
 * the calendar ({@link dev.bulwark.shared.DueItemsReported}, source {@code workforce}):
 * the proposed rule's 1-hour and 24-hour clocks only in NPRM-ready mode, labelled
 * PROPOSED (in force, termination procedures are addressable with no time limit;
 * {@code docs/adr/0011-offboarding-deadlines.md}). Steps past their deadline are flagged
 * on the daily tick and escalated (a gap, the calendar, the dashboard); onboarding
 * checklists when a person is added; periodic access reviews signed off by the security
 * officer (the next one due as Bulwark's recommendation); sanction records
 * (164.308(a)(1)(ii)(C)), seen only by the security officer; the binder's
 * {@code 04-workforce} section ({@code docs/adr/0012-workforce-access.md}).
 * <p>
 * The facade is {@link dev.bulwark.workforce.Workforce}: other modules read the roster
 * ({@code staff}) and the person a member is ({@code staffForUser}). Commands are in the
 * package-private {@code StaffService}, {@code AccountService},
 * {@code OnboardingService}, {@code OffboardingService}, {@code AccessReviewService} and
 * {@code SanctionService}.
 * <p>
 * Events ({@link dev.bulwark.workforce.WorkforceEvent}, all audited): StaffAdded,
 * StaffChanged, SystemAccountAdded, SystemAccountChanged, SystemsUsedChanged,
 * DepartureRecorded, OffboardingStepDone, OffboardingStepOverdue, OnboardingStepDone,
 * AccessReviewStarted, AccessReviewLineDecided, AccessReviewSignedOff, SanctionRecorded.
 */
@ApplicationModule(displayName = "Workforce",
		allowedDependencies = { "shared", "identity", "practice", "inventory", "policies" })
package dev.bulwark.workforce;

import org.springframework.modulith.ApplicationModule;
