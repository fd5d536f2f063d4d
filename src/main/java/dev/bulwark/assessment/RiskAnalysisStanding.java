package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where one practice's risk analysis stands, for the MSP portfolio (one query per measure
 * over many practices).
 *
 * @param analysis {@code CURRENT}, {@code OVERDUE} (its review date has passed) or
 * {@code NONE} (no signed analysis yet)
 * @param signedOffOn the practice-local date the latest analysis was signed off
 * @param reviewDue the next review date recorded with it, or else twelve months after
 * sign-off (Bulwark's recommendation: the rule asks for periodic review, without a fixed
 * interval)
 * @param critical open (proposed or open, not accepted) risks at the critical level
 * @param high open risks at the high level
 */
public record RiskAnalysisStanding(UUID practiceId, String analysis, @Nullable LocalDate signedOffOn,
		@Nullable LocalDate reviewDue, int critical, int high) {

	public static final String CURRENT = "CURRENT";

	public static final String OVERDUE = "OVERDUE";

	public static final String NONE = "NONE";

	/** The analysis in words. */
	public String analysisLabel() {
		return switch (this.analysis) {
			case CURRENT -> "Current";
			case OVERDUE -> "Overdue";
			default -> "None signed";
		};
	}

}
