package dev.bulwark.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored assessment. */
record AssessmentRow(UUID id, String title, AssessmentStatus status, String catalogVersion, boolean nprmMode,
		String riskMatrix, @Nullable UUID previousId, Instant createdAt, @Nullable UUID createdBy, Instant updatedAt,
		@Nullable Instant submittedAt, @Nullable UUID submittedBy, @Nullable Instant signedOffAt,
		@Nullable UUID signedOffBy, @Nullable String signedOffName, @Nullable String attestation,
		@Nullable String registerSnapshot) {

}
