package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the risk register. Without a status, only current risks (proposed, open,
 * accepted) are listed; {@code all} lists closed and withdrawn ones too.
 *
 * @param assessmentId the assessment whose register to list; the current one if empty
 * @param level only risks of this level
 * @param status only risks with this status
 * @param ownerId only risks owned by this member
 * @param all include closed and withdrawn risks
 */
record RiskFilter(@Nullable UUID assessmentId, @Nullable RiskLevel level, @Nullable RiskStatus status,
		@Nullable UUID ownerId, boolean all) {

	public static RiskFilter none() {
		return new RiskFilter(null, null, null, null, false);
	}

	boolean matches(RiskDetails risk) {
		if (this.level != null && risk.level() != this.level) {
			return false;
		}
		if (this.ownerId != null && !this.ownerId.equals(risk.ownerId())) {
			return false;
		}
		if (this.status != null) {
			return risk.status() == this.status;
		}
		return this.all || risk.current();
	}

}
