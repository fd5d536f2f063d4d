/**
 * Small vocabulary every module may use: roles, the signed-in
 * {@link dev.bulwark.shared.Actor}, the authorization annotations that every endpoint
 * must carry, the {@link dev.bulwark.shared.AuditableEvent} contract, navigation
 * contributions and CLI commands.
 * <p>
 * Kept deliberately tiny: anything with behaviour belongs in a feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package dev.bulwark.shared;

import org.springframework.modulith.ApplicationModule;
