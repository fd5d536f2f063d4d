package dev.bulwark.msp;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One practice of the portfolio with its posture.
 *
 * @param analysis {@code CURRENT}, {@code OVERDUE} or {@code NONE} (no signed risk
 * analysis)
 * @param reviewDue when the risk analysis is next due for review
 * @param criticalRisks open risks (proposed or open, not accepted) at the critical level
 * @param highRisks open risks at the high level
 * @param inventoryFindings open inventory findings
 * @param overdueItems open compliance-calendar items past their date
 */
public record PortfolioEntry(UUID practiceId, String name, String timeZone, boolean archived, String analysis,
		LocalDate signedOffOn, LocalDate reviewDue, int criticalRisks, int highRisks, int inventoryFindings,
		int overdueItems) {

	/** Whether something needs the MSP's attention. */
	public boolean needsAttention() {
		return !"CURRENT".equals(this.analysis) || this.criticalRisks > 0 || this.highRisks > 0
				|| this.overdueItems > 0;
	}

	/** The risk analysis in words. */
	public String analysisLabel() {
		return switch (this.analysis) {
			case "CURRENT" -> "Current";
			case "OVERDUE" -> "Overdue";
			default -> "None signed";
		};
	}

}
