package dev.bulwark.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The risk register as a page or the API shows it.
 *
 * @param assessment the assessment whose register it is; {@code null} before the first
 * assessment
 * @param matrix the matrix the levels come from
 * @param risks the risks matching the filter, highest level first
 * @param heatMap current risks (proposed, open, accepted) by likelihood and impact
 * @param asSignedOff whether this is the register as it stood at sign-off (read-only)
 */
record RiskRegister(@Nullable AssessmentSummary assessment, RiskMatrix matrix, List<RiskDetails> risks, HeatMap heatMap,
		boolean asSignedOff) {

}
