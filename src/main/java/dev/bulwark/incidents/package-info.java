/**
 * Security incidents and breach notification (164.308(a)(6), 45 CFR 164.400-414).
 * <p>
 * Deadlines of the Breach Notification Rule are computed by {@code BreachClock} on the
 * practice's local calendar; decisions are in
 * {@code docs/adr/0015-incidents-and-breach-clock.md}.
 */
@ApplicationModule(displayName = "Incidents", allowedDependencies = { "shared" })
package dev.bulwark.incidents;

import org.springframework.modulith.ApplicationModule;
