/**
 * MSP mode: a managed service provider runs its compliance practice on Bulwark
 * (docs/adr/0023-msp-mode.md). Its administrators create and archive practices (web, API
 * and the {@code practice create} command), invite each practice's first security
 * officer, assign technicians; every MSP person sees the practices they serve in the
 * portfolio, with each one's posture, and keeps templates (a standard asset list and data
 * flows) that are applied to a practice in one step and recorded there.
 * <p>
 * An MSP role opens no practice by itself: access is always an assignment (membership)
 * the practice's security officer sees and can revoke
 * ({@link dev.bulwark.identity.MspPeople}). The module publishes
 * {@link dev.bulwark.msp.MspEvent}s (templates saved, applied, deleted), each an audit
 * entry.
 */
@ApplicationModule(displayName = "MSP",
		allowedDependencies = { "shared", "practice", "identity", "inventory", "assessment", "calendar" })
package dev.bulwark.msp;

import org.springframework.modulith.ApplicationModule;
