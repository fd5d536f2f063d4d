/**
 * The workforce and its access: the roster of everyone under the practice's direct
 * control (employees, contractors, volunteers and trainees, paid or not), whether or not
 * they sign in to Bulwark, with job role, supervisor and clearance checks
 * (164.308(a)(3)(ii)(B)).
 * <p>
 * The facade is {@link dev.bulwark.workforce.Workforce}: other modules read the roster
 * ({@code staff}) and the person a member is ({@code staffForUser}). Commands are in the
 * package-private {@code StaffService}.
 * <p>
 * Events ({@link dev.bulwark.workforce.WorkforceEvent}, all audited): StaffAdded,
 * StaffChanged.
 */
@ApplicationModule(displayName = "Workforce",
		allowedDependencies = { "shared", "identity", "practice", "inventory", "policies" })
package dev.bulwark.workforce;

import org.springframework.modulith.ApplicationModule;
