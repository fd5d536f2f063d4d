package dev.bulwark.assessment;

import java.util.UUID;

/**
 * The PDF report of an assessment was downloaded.
 *
 * @param status the assessment's status at the time, e.g. "Signed off"
 */
public record ReportDownloaded(UUID practiceId, UUID assessmentId, String status) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.report-downloaded";
	}

	@Override
	public String objectType() {
		return "assessment";
	}

	@Override
	public String objectId() {
		return this.assessmentId.toString();
	}

	@Override
	public String summary() {
		return "Risk assessment report downloaded (" + this.status + ")";
	}

}
