/**
 * Practices: the tenants of Bulwark. Each practice has its own settings (time zone,
 * automatic logoff, NPRM-ready mode, risk matrix). The public API is
 * {@link dev.bulwark.practice.Practices}.
 * <p>
 * The daily tick publishes {@link dev.bulwark.shared.PracticeDayBegan} once per practice
 * and local day across all nodes; time-driven state in other modules changes in its
 * listeners (see {@code docs/adr/0008-time.md}).
 */
@ApplicationModule(displayName = "Practices", allowedDependencies = "shared")
package dev.bulwark.practice;

import org.springframework.modulith.ApplicationModule;
