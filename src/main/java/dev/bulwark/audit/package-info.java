/**
 * The tamper-evident audit trail (164.312(b)). Every
 * {@link dev.bulwark.shared.AuditableEvent} published anywhere becomes an entry written
 * in the publisher's transaction. Entries are append-only (enforced by a database
 * trigger) and hash-chained per practice; {@code bulwark audit verify} recomputes every
 * chain. The public API is {@link dev.bulwark.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "practice" })
package dev.bulwark.audit;

import org.springframework.modulith.ApplicationModule;
