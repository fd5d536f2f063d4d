package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The risk treatment plan (164.308(a)(1)(ii)(B)): the current risks the practice reduces,
 * transfers or avoids, grouped by level, highest first, each with its remediation tasks,
 * owner and due date. Accepted risks are listed apart.
 *
 * @param byLevel risks to treat by level, critical first; levels without risks are left
 * out
 * @param accepted risks the security officer accepted
 */
record TreatmentPlan(@Nullable AssessmentSummary assessment, Map<RiskLevel, List<RiskDetails>> byLevel,
		List<RiskDetails> accepted, LocalDate today) {

	/** Open tasks across the plan. */
	public long openTasks() {
		return this.byLevel.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((risk) -> risk.tasks().stream())
			.filter((task) -> !task.done())
			.count();
	}

	/** Open tasks whose due date has passed. */
	public long overdueTasks() {
		return this.byLevel.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((risk) -> risk.tasks().stream())
			.filter((task) -> task.overdueOn(this.today))
			.count();
	}

	public boolean isEmpty() {
		return this.byLevel.isEmpty() && this.accepted.isEmpty();
	}

}
