package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored risk of the register.
 *
 * @param assessmentId the assessment holding the risk; {@code null} while it waits for
 * the next assessment to be started
 * @param sourceKey for inventory risks, the finding's key
 * @param threatKeys catalog threat keys
 * @param threat the threat in the practice's own words, if any
 * @param edited whether a person changed it (a proposal nobody touched may be withdrawn
 * automatically; an edited risk never is)
 * @param questionKeys the questions whose weak answers raised it
 */
record RiskRecord(UUID id, @Nullable UUID assessmentId, RiskSource source, @Nullable String sourceKey,
		@Nullable String vulnerabilityKey, String title, @Nullable String vulnerability, List<String> threatKeys,
		@Nullable String threat, @Nullable String assets, @Nullable String existingControls, List<String> citations,
		RiskRating likelihood, RiskRating impact, @Nullable Treatment treatment, @Nullable UUID ownerId,
		@Nullable LocalDate dueDate, RiskStatus status, @Nullable RiskRating residualLikelihood,
		@Nullable RiskRating residualImpact, @Nullable String acceptanceJustification, @Nullable UUID acceptedBy,
		@Nullable String acceptedByName, @Nullable Instant acceptedAt, boolean edited, Instant createdAt,
		Instant updatedAt, List<String> questionKeys) {

	RiskRecord {
		threatKeys = List.copyOf(threatKeys);
		citations = List.copyOf(citations);
		questionKeys = List.copyOf(questionKeys);
	}

	RiskRecord withStatus(RiskStatus newStatus, Instant now) {
		return new RiskRecord(this.id, this.assessmentId, this.source, this.sourceKey, this.vulnerabilityKey,
				this.title, this.vulnerability, this.threatKeys, this.threat, this.assets, this.existingControls,
				this.citations, this.likelihood, this.impact, this.treatment, this.ownerId, this.dueDate, newStatus,
				this.residualLikelihood, this.residualImpact, this.acceptanceJustification, this.acceptedBy,
				this.acceptedByName, this.acceptedAt, this.edited, this.createdAt, now, this.questionKeys);
	}

}
