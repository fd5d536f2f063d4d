package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A risk of the register.
 *
 * @param assessmentId the assessment holding it, or {@code null} while it waits for the
 * next one
 * @param vulnerabilityKey the catalog vulnerability, if any
 * @param vulnerability the weakness, described
 * @param threats the catalog threats that could exploit it
 * @param threat the threat in the practice's own words, if any
 * @param assets the systems, devices or records affected
 * @param existingControls safeguards already in place
 * @param level the risk level from likelihood and impact
 * @param residualLevel the level expected after treatment, if rated
 * @param questionKeys the questions whose weak answers raised it
 * @param answersImproved whether every question that raised it is now answered well
 * @param tasks the remediation steps
 * @param sourceLink for a risk proposed from another module's gap, where in Bulwark it
 * can be fixed
 * @param sourceKey for a risk proposed from another module's gap, {@code source:key}
 * @param ratingRationale why it got its likelihood and impact, in the practice's words
 */
record RiskDetails(UUID id, @Nullable UUID assessmentId, RiskSource source, @Nullable String vulnerabilityKey,
		String title, @Nullable String vulnerability, List<ThreatView> threats, @Nullable String threat,
		@Nullable String assets, @Nullable String existingControls, List<String> citations, RiskRating likelihood,
		RiskRating impact, RiskLevel level, @Nullable Treatment treatment, @Nullable UUID ownerId,
		@Nullable String ownerName, @Nullable LocalDate dueDate, RiskStatus status,
		@Nullable RiskRating residualLikelihood, @Nullable RiskRating residualImpact, @Nullable RiskLevel residualLevel,
		@Nullable String acceptanceJustification, @Nullable String acceptedByName, @Nullable Instant acceptedAt,
		boolean edited, List<String> questionKeys, boolean answersImproved, List<TreatmentTask> tasks,
		Instant createdAt, Instant updatedAt, @Nullable String sourceLink, @Nullable String sourceKey,
		@Nullable String ratingRationale) {

	/**
	 * Where the risk came from, in words: the questions whose answers raised it and the
	 * register finding it also stands for (one risk with both sources).
	 */
	public String sourcesText() {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (!this.questionKeys.isEmpty()) {
			parts
				.add(((this.questionKeys.size() == 1) ? "answer " : "answers ") + String.join(", ", this.questionKeys));
		}
		if (this.sourceKey != null) {
			String module = this.sourceKey.substring(0, Math.max(0, this.sourceKey.indexOf(':')));
			parts.add(("inventory".equals(module) ? "inventory finding" : "finding in " + module) + " ("
					+ this.sourceKey.substring(this.sourceKey.indexOf(':') + 1) + ")");
		}
		if (parts.isEmpty()) {
			parts.add(this.source.label().toLowerCase(java.util.Locale.ROOT));
		}
		return String.join("; ", parts);
	}

	/**
	 * Whether the risk is still part of the current picture (proposed, open or accepted).
	 */
	public boolean current() {
		return this.status.current();
	}

	/** Whether the risk is not closed and its due date has passed. */
	public boolean overdueOn(LocalDate today) {
		return this.status.current() && this.status != RiskStatus.ACCEPTED && this.dueDate != null
				&& this.dueDate.isBefore(today);
	}

	/** Threat titles and the practice's own description, for one-line display. */
	public String threatSummary() {
		StringBuilder text = new StringBuilder();
		this.threats.forEach((t) -> text.append((text.length() > 0) ? "; " : "").append(t.title()));
		if (this.threat != null) {
			text.append((text.length() > 0) ? "; " : "").append(this.threat);
		}
		return text.toString();
	}

}
