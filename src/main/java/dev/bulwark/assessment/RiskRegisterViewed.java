package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.shared.AuditableRead;

import org.jspecify.annotations.Nullable;

/**
 * The risk register was read.
 *
 * @param assessmentId the assessment whose register it was, or {@code null} before the
 * first one
 * @param listed how many risks were listed
 */
public record RiskRegisterViewed(UUID practiceId, @Nullable UUID assessmentId,
		int listed) implements RiskEvent, AuditableRead {

	@Override
	public String action() {
		return "risk-register.viewed";
	}

	@Override
	public String objectType() {
		return "risk-register";
	}

	@Override
	public String objectId() {
		return (this.assessmentId != null) ? this.assessmentId.toString() : null;
	}

	@Override
	public String summary() {
		return "Risk register viewed (" + this.listed + " risks listed)";
	}

}
