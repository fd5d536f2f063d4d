/**
 * Practices: the tenants of Bulwark. Each practice has its own settings (automatic
 * logoff, NPRM-ready mode, risk matrix). The public API is
 * {@link dev.bulwark.practice.Practices}.
 */
@ApplicationModule(displayName = "Practices", allowedDependencies = "shared")
package dev.bulwark.practice;

import org.springframework.modulith.ApplicationModule;
