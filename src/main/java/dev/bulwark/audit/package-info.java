/**
 * The tamper-evident audit trail (164.312(b)). Every
 * {@link dev.bulwark.shared.AuditableEvent} published anywhere becomes an entry written
 * in the publisher's transaction. Entries are append-only (enforced by a database
 * trigger) and hash-chained per practice; installation-level checkpoints, themselves
 * hash-chained, anchor every chain's head, so a chain that vanishes or is cut short is
 * noticed. {@code bulwark audit verify} recomputes every chain against the checkpoints;
 * {@code bulwark audit checkpoint export} writes the latest checkpoint for safekeeping
 * outside the server. The public API is {@link dev.bulwark.audit.AuditTrail} and the
 * {@link dev.bulwark.audit.AuditTrailEvent}s.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "practice" })
package dev.bulwark.audit;

import org.springframework.modulith.ApplicationModule;
