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
 * @param sourceKey for risks proposed from another module's gap, {@code source:key} (e.g.
 * {@code inventory:asset.unencrypted})
 * @param sourceLink for those, where in Bulwark the gap can be fixed
 * @param threatKeys catalog threat keys
 * @param threat the threat in the practice's own words, if any
 * @param edited whether a person changed it (a proposal nobody touched may be withdrawn
 * automatically; an edited risk never is)
 * @param questionKeys the questions whose weak answers raised it
 */
record RiskRecord(UUID id, @Nullable UUID assessmentId, RiskSource source, @Nullable String sourceKey,
		@Nullable String sourceLink, @Nullable String vulnerabilityKey, String title, @Nullable String vulnerability,
		List<String> threatKeys, @Nullable String threat, @Nullable String assets, @Nullable String existingControls,
		List<String> citations, RiskRating likelihood, RiskRating impact, @Nullable Treatment treatment,
		@Nullable UUID ownerId, @Nullable LocalDate dueDate, RiskStatus status, @Nullable RiskRating residualLikelihood,
		@Nullable RiskRating residualImpact, @Nullable String acceptanceJustification, @Nullable UUID acceptedBy,
		@Nullable String acceptedByName, @Nullable Instant acceptedAt, boolean edited, Instant createdAt,
		Instant updatedAt, List<String> questionKeys) {

	RiskRecord {
		threatKeys = List.copyOf(threatKeys);
		citations = List.copyOf(citations);
		questionKeys = List.copyOf(questionKeys);
	}

	/**
	 * Whether it is a proposal nobody has worked on, which may be changed automatically.
	 */
	boolean untouchedProposal() {
		return this.status == RiskStatus.PROPOSED && !this.edited;
	}

	RiskRecord withQuestionKeys(List<String> keys) {
		return new RiskRecord(this.id, this.assessmentId, this.source, this.sourceKey, this.sourceLink,
				this.vulnerabilityKey, this.title, this.vulnerability, this.threatKeys, this.threat, this.assets,
				this.existingControls, this.citations, this.likelihood, this.impact, this.treatment, this.ownerId,
				this.dueDate, this.status, this.residualLikelihood, this.residualImpact, this.acceptanceJustification,
				this.acceptedBy, this.acceptedByName, this.acceptedAt, this.edited, this.createdAt, this.updatedAt,
				keys);
	}

	/**
	 * The proposal with the current wording of its gap, in the given assessment, proposed
	 * (again).
	 */
	RiskRecord proposedAs(@Nullable UUID assessment, String newTitle, @Nullable String newAssets,
			@Nullable String newLink, Instant now) {
		return new RiskRecord(this.id, assessment, this.source, this.sourceKey, newLink, this.vulnerabilityKey,
				newTitle, this.vulnerability, this.threatKeys, this.threat, newAssets, this.existingControls,
				this.citations, this.likelihood, this.impact, this.treatment, this.ownerId, this.dueDate,
				RiskStatus.PROPOSED, this.residualLikelihood, this.residualImpact, null, null, null, null, false,
				this.createdAt, now, this.questionKeys);
	}

	/**
	 * The risk standing also (or no longer) for another module's gap: its source key,
	 * link and affected systems.
	 */
	RiskRecord withGap(@Nullable String newSourceKey, @Nullable String newLink, @Nullable String newAssets,
			Instant now) {
		return new RiskRecord(this.id, this.assessmentId, this.source, newSourceKey, newLink, this.vulnerabilityKey,
				this.title, this.vulnerability, this.threatKeys, this.threat, newAssets, this.existingControls,
				this.citations, this.likelihood, this.impact, this.treatment, this.ownerId, this.dueDate, this.status,
				this.residualLikelihood, this.residualImpact, this.acceptanceJustification, this.acceptedBy,
				this.acceptedByName, this.acceptedAt, this.edited, this.createdAt, now, this.questionKeys);
	}

}
