package dev.bulwark.msp;

import java.time.Instant;
import java.util.UUID;

/** A template applied to a practice: what was added, when and by whom. */
record TemplateApplication(UUID id, UUID templateId, String templateName, Instant appliedAt, String appliedBy,
		int assets, int flows) {

}
