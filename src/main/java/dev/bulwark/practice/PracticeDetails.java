package dev.bulwark.practice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A practice and its settings.
 *
 * @param idleTimeoutMinutes minutes without activity before automatic logoff
 * (164.312(a)(2)(iii))
 * @param nprmMode whether the practice opted into the stricter expectations of the 2025
 * proposed rule
 * @param riskMatrix {@code 3x3} (default) or {@code 5x5}
 * @param zone the practice's time zone; its local dates are the ones shown and used for
 * deadlines
 * @param archivedAt when the practice was archived (read-only, kept for retention), or
 * {@code null}
 */
public record PracticeDetails(UUID id, String name, Instant createdAt, int idleTimeoutMinutes, boolean nprmMode,
		String riskMatrix, ZoneId zone, Instant archivedAt) {

	/** A practice that is not archived. */
	public PracticeDetails(UUID id, String name, Instant createdAt, int idleTimeoutMinutes, boolean nprmMode,
			String riskMatrix, ZoneId zone) {
		this(id, name, createdAt, idleTimeoutMinutes, nprmMode, riskMatrix, zone, null);
	}

	/** Whether the practice is archived: read-only, kept for retention. */
	public boolean archived() {
		return this.archivedAt != null;
	}

}
