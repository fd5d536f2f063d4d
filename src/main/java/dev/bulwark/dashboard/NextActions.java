package dev.bulwark.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.bulwark.assessment.AssessmentPosture;
import dev.bulwark.calendar.TaskSummary;
import dev.bulwark.shared.DueItemsReported.Basis;

/**
 * Ranks what to do next. A plain, explainable weighting rather than a model:
 * <ul>
 * <li>an overdue date set by law: 1000, plus a day per day late;</li>
 * <li>a critical or high risk not yet treated: 800 or 600 (plus 100 when its own date has
 * passed);</li>
 * <li>no assessment yet, or one with unanswered questions: 700;</li>
 * <li>another overdue task: 400, plus a day per day late;</li>
 * <li>open inventory findings: 300;</li>
 * <li>a date set by law coming within 14 days: 350;</li>
 * <li>a moderate risk: 200; another task due within 14 days: 100.</li>
 * </ul>
 * Ties keep the order above; the five highest are shown.
 */
final class NextActions {

	static final int SHOWN = 5;

	private NextActions() {
	}

	static List<NextAction> rank(AssessmentPosture posture, List<TaskSummary> due, int openFindings, LocalDate today) {
		List<NextAction> actions = new ArrayList<>();
		for (TaskSummary task : due) {
			long late = ChronoUnit.DAYS.between(task.dueOn(), today);
			if (task.overdue()) {
				int base = (task.basis() == Basis.LAW) ? 1000 : 400;
				actions.add(new NextAction(
						task.title(), "Overdue since " + task.dueOn() + " ("
								+ task.basisLabel().toLowerCase(java.util.Locale.ROOT) + ")",
						task.link(), base + (int) Math.min(late, 365)));
			}
			else if (!task.dueOn().isAfter(today.plusDays(14))) {
				actions.add(new NextAction(task.title(),
						"Due " + task.dueOn() + " (" + task.basisLabel().toLowerCase(java.util.Locale.ROOT) + ")",
						task.link(), (task.basis() == Basis.LAW) ? 350 : 100));
			}
		}
		if (posture == null) {
			actions.add(new NextAction("Start the security risk assessment",
					"The risk analysis is the first thing the Security Rule asks for (164.308(a)(1)(ii)(A)).",
					"/assessments", 700));
		}
		else {
			if (posture.unanswered() > 0) {
				actions.add(new NextAction("Answer the remaining assessment questions",
						posture.unanswered() + " question(s) still without an answer.",
						"/assessments/" + posture.assessmentId(), 700));
			}
			for (AssessmentPosture.OpenRisk risk : posture.openRisks()) {
				if (risk.rank() < 1) {
					continue;
				}
				int value = switch (risk.rank()) {
					case 3 -> 800;
					case 2 -> 600;
					default -> 200;
				} + (risk.overdue() ? 100 : 0);
				actions.add(new NextAction("Treat the risk \"" + risk.title() + "\"",
						risk.level() + " risk" + (risk.overdue() ? ", past its treatment date" : ""), risk.link(),
						value));
			}
		}
		if (openFindings > 0) {
			actions.add(new NextAction("Resolve the inventory findings",
					openFindings + " open finding(s) in the asset inventory.", "/inventory/assets", 300));
		}
		return actions.stream().sorted(Comparator.comparingInt(NextAction::value).reversed()).limit(SHOWN).toList();
	}

}
