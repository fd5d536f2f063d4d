package dev.bulwark.dashboard;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.assessment.AssessmentPosture;
import dev.bulwark.calendar.TaskSummary;

/**
 * The posture page and {@code GET /api/v1/dashboard}.
 *
 * @param today the practice's date
 * @param assessment the current assessment's scores and risks; {@code null} before the
 * first assessment
 * @param formula how the scores are computed, in words
 * @param overdue open calendar items past their date
 * @param upcoming open calendar items due within 30 days
 * @param openFindings open findings of the asset inventory
 * @param nextActions the five most valuable next actions
 * @param trend monthly snapshots of the last twelve months, oldest first
 */
public record PostureView(LocalDate today, AssessmentPosture assessment, String formula, List<TaskSummary> overdue,
		List<TaskSummary> upcoming, int openFindings, List<NextAction> nextActions, List<Snapshot> trend) {

	static final String FORMULA = "Each score is the share of good answers among the questions answered other than "
			+ "\"not applicable\": (yes + half of partly) / (yes + partly + no + don't know) x 100. The overall score "
			+ "uses the same formula over every answered question, so larger areas weigh more. Unanswered questions "
			+ "do not count until they are answered.";

}
