package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A risk as a person enters or edits it.
 *
 * @param title a short name, e.g. "Laptops without encryption"
 * @param threatKeys catalog threats that could exploit the weakness
 * @param threat the threat in your own words, if the catalog has none that fits
 * @param vulnerability the weakness
 * @param assets the systems, devices or records affected
 * @param existingControls safeguards already in place
 * @param likelihood how likely it is to happen
 * @param impact how much harm it would do
 * @param treatment how the practice deals with it; choosing one confirms a proposed risk
 * @param ownerId the member responsible
 * @param dueDate when the treatment should be done
 * @param status {@code PROPOSED}, {@code OPEN}, {@code CLOSED} or {@code WITHDRAWN};
 * accepted risks follow from treatment {@code ACCEPT}
 * @param residualLikelihood likelihood once treated
 * @param residualImpact impact once treated
 * @param justification why the practice accepts the risk; required with treatment
 * {@code ACCEPT}
 * @param ratingRationale why the risk got this likelihood and impact, in a sentence or
 * two
 */
record RiskForm(
		@NotBlank(message = "Give the risk a short title.") @Size(max = 300,
				message = "Keep the title under 300 characters.") @Nullable String title,
		@Nullable List<String> threatKeys,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") @Nullable String threat,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") @Nullable String vulnerability,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") @Nullable String assets,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") @Nullable String existingControls,
		@NotNull(message = "Choose how likely it is to happen.") @Nullable RiskRating likelihood,
		@NotNull(message = "Choose how much harm it would do.") @Nullable RiskRating impact,
		@Nullable Treatment treatment, @Nullable UUID ownerId, @Nullable LocalDate dueDate, @Nullable RiskStatus status,
		@Nullable RiskRating residualLikelihood, @Nullable RiskRating residualImpact,
		@Size(max = 4000, message = "Keep the justification under 4,000 characters.") @Nullable String justification,
		@Size(max = 2000, message = "Keep the rationale under 2,000 characters.") @Nullable String ratingRationale) {

	static RiskForm of(RiskDetails risk) {
		return new RiskForm(risk.title(), risk.threats().stream().map(ThreatView::key).toList(), risk.threat(),
				risk.vulnerability(), risk.assets(), risk.existingControls(), risk.likelihood(), risk.impact(),
				risk.treatment(), risk.ownerId(), risk.dueDate(), risk.status(), risk.residualLikelihood(),
				risk.residualImpact(), risk.acceptanceJustification(), risk.ratingRationale());
	}

	static RiskForm empty() {
		return new RiskForm(null, List.of(), null, null, null, null, RiskRating.MODERATE, RiskRating.MODERATE, null,
				null, null, RiskStatus.OPEN, null, null, null, null);
	}

	/**
	 * The checks that need more than one field or the matrix, reporting every problem at
	 * once.
	 */
	void check(RiskMatrix matrix) {
		String scale = (matrix == RiskMatrix.FIVE_BY_FIVE) ? "Choose one of the five ratings."
				: "Choose low, moderate or high.";
		new InvalidInputException.Problems()
			.addIf(this.likelihood != null && !matrix.ratings().contains(this.likelihood), "likelihood", scale)
			.addIf(this.impact != null && !matrix.ratings().contains(this.impact), "impact", scale)
			.addIf(this.residualLikelihood == null && this.residualImpact != null, "residualLikelihood",
					"Rate both the remaining likelihood and impact, or neither.")
			.addIf(this.residualLikelihood != null && this.residualImpact == null, "residualImpact",
					"Rate both the remaining likelihood and impact, or neither.")
			.addIf(this.residualLikelihood != null && !matrix.ratings().contains(this.residualLikelihood),
					"residualLikelihood", scale)
			.addIf(this.residualImpact != null && !matrix.ratings().contains(this.residualImpact), "residualImpact",
					scale)
			.addIf(this.status == RiskStatus.ACCEPTED && this.treatment != Treatment.ACCEPT, "treatment",
					"To accept a risk, choose the treatment \"Accept it\".")
			.throwIfAny();
	}

	List<String> threatKeysOrEmpty() {
		return (this.threatKeys != null) ? this.threatKeys.stream().filter((k) -> k != null && !k.isBlank()).toList()
				: List.of();
	}

}
