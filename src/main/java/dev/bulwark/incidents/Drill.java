package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded tabletop drill. */
record Drill(UUID id, String scenario, LocalDate heldOn, String participants, String wentWell, String wentBadly,
		String actions, Instant recordedAt) {
}
