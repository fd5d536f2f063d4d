package dev.bulwark.evidence;

import java.time.Instant;

/**
 * A record an evidence item is attached to.
 *
 * @param owner the record
 * @param linkedByName who attached it
 * @param linkedAt when
 */
public record EvidenceLink(EvidenceOwner owner, String linkedByName, Instant linkedAt) {
}
