package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which open treatment tasks to do first: the order of the treatment plan's top five, of
 * each owner's list and of a person's own tasks. Plain data, so it is unit-tested without
 * a database.
 */
final class TreatmentPriority {

	/** How many tasks the treatment plan puts first. */
	static final int TOP = 5;

	/** The rule in one sentence, as the pages show it. */
	static final String RULE = "Tasks of the highest risks come first; among tasks of equally high risks, overdue "
			+ "tasks come first, then the soonest due date (tasks without a due date last).";

	private TreatmentPriority() {
	}

	/**
	 * Most valuable first: the higher the task's risk, the earlier; then overdue before
	 * not overdue; then the soonest due date, tasks without one last. Risk and task
	 * titles break ties, so the order does not change from one page load to the next.
	 */
	static Comparator<TreatmentTask> order(LocalDate today) {
		return Comparator.comparing(TreatmentTask::riskLevel, Comparator.reverseOrder())
			.thenComparing((TreatmentTask task) -> !task.overdueOn(today))
			.thenComparing(TreatmentTask::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(TreatmentTask::riskTitle, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(TreatmentTask::title, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(TreatmentTask::id);
	}

	/** The open tasks among the given ones, most valuable first. */
	static List<TreatmentTask> open(Collection<TreatmentTask> tasks, LocalDate today) {
		return tasks.stream().filter((task) -> !task.done()).sorted(order(today)).toList();
	}

	/** The {@link #TOP} most valuable open tasks. */
	static List<TreatmentTask> top(Collection<TreatmentTask> tasks, LocalDate today) {
		return open(tasks, today).stream().limit(TOP).toList();
	}

}
