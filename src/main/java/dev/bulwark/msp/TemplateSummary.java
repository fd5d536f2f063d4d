package dev.bulwark.msp;

import java.time.Instant;
import java.util.UUID;

/** One of the MSP's templates, as lists show it. */
record TemplateSummary(UUID id, String name, String description, int assets, int flows, Instant createdAt,
		String createdBy) {

}
