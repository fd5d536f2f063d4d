package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AssignedWork;
import dev.bulwark.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * A person's open risk treatment tasks on the one "My tasks" page. Staff own tasks but do
 * not read the register: they get no link to the risk, and mark the task done from the
 * list.
 */
@Component
class OwnTreatmentTasks implements AssignedWork.Source {

	private final Risks risks;

	OwnTreatmentTasks(Risks risks) {
		this.risks = risks;
	}

	@Override
	public Optional<AssignedWork.Section> openFor(Actor actor, int limit) {
		if (!actor.can(Permission.TASKS_COMPLETE_OWN)) {
			return Optional.empty();
		}
		List<TreatmentTask> tasks = this.risks.openTasksOf(actor.practiceId(), actor.userId());
		if (tasks.isEmpty()) {
			return Optional.empty();
		}
		boolean readsRegister = actor.can(Permission.ASSESSMENT_READ);
		LocalDate today = this.risks.today(actor.practiceId());
		List<AssignedWork> items = tasks.stream()
			.limit(limit)
			.map((task) -> new AssignedWork(task.title(), readsRegister ? taskPath(task) : null,
					"Risk: " + task.riskTitle(), task.riskLevel().label(), task.riskLevel().cssClass(), task.dueDate(),
					task.overdueOn(today), taskPath(task) + "/done"))
			.toList();
		return Optional.of(new AssignedWork.Section("Risk treatment tasks", TreatmentPriority.RULE, items, tasks.size(),
				readsRegister ? "/treatment-plan" : null));
	}

	private static String taskPath(TreatmentTask task) {
		return "/risks/" + task.riskId() + "/tasks/" + task.id();
	}

}
