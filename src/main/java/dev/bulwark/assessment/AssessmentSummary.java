package dev.bulwark.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment at a glance.
 *
 * @param previousId the assessment it was carried over from, if any
 * @param catalogVersion the catalog release the questions come from
 * @param matrix the risk matrix in use (fixed at sign-off)
 * @param nprmMode whether proposed-rule questions are asked (fixed at sign-off)
 * @param asked questions asked of the practice
 * @param answered of which answered
 * @param currentRisks proposed, open and accepted risks
 */
record AssessmentSummary(UUID id, String title, AssessmentStatus status, Instant createdAt,
		@Nullable Instant submittedAt, @Nullable Instant signedOffAt, @Nullable String signedOffName,
		@Nullable UUID previousId, String catalogVersion, RiskMatrix matrix, boolean nprmMode, int asked, int answered,
		int currentRisks) {

	/** Share of asked questions answered, 0-100. */
	public int percent() {
		return (this.asked == 0) ? 0 : (int) Math.floor(this.answered * 100.0 / this.asked);
	}

	public boolean open() {
		return this.status.open();
	}

}
