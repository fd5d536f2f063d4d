package dev.bulwark.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An audited change (any {@link AuditableEvent} that is not an {@link AuditableRead}) has
 * committed. Published by the audit trail once the change is visible to everyone, for the
 * modules that keep content in memory ({@link KeptContent}) and drop it on any change:
 * they listen to this one event with a plain {@code @EventListener} instead of each
 * telling reads from changes and waiting for the commit themselves.
 *
 * @param practiceId the practice that changed, or {@code null} for an installation-wide
 * change
 */
public record ChangeCommitted(@Nullable UUID practiceId) {
}
