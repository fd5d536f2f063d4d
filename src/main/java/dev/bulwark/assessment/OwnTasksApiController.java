package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own open treatment tasks, as on "My tasks": the calendar's own tasks are
 * at {@code /api/v1/tasks/mine}.
 */
@RestController
@Tag(name = "Risk register")
class OwnTasksApiController {

	static final int PAGE_SIZE = 50;

	private final Risks risks;

	OwnTasksApiController(Risks risks) {
		this.risks = risks;
	}

	@GetMapping("/api/v1/risks/tasks/mine")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	@Operation(summary = "The open risk treatment tasks given to the caller, most valuable first (highest risk, then "
			+ "overdue, then soonest due), 50 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<OwnTask>> mine(@RequestParam(defaultValue = "0") int page) {
		Actor actor = CurrentActor.get();
		int offset = Paging.offset(page, PAGE_SIZE);
		List<TreatmentTask> tasks = this.risks.openTasksOf(actor.practiceId(), actor.userId());
		LocalDate today = this.risks.today(actor.practiceId());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(tasks.size()))
			.body(tasks.stream().skip(offset).limit(PAGE_SIZE).map((task) -> OwnTask.of(task, today)).toList());
	}

	/**
	 * One open task of the caller.
	 *
	 * @param riskLevel LOW, MODERATE, HIGH or CRITICAL
	 * @param dueDate the task's due date, or its risk's; {@code null} if neither has one
	 * @param page where it is done in Bulwark
	 * @param done the POST that marks it done
	 */
	record OwnTask(UUID id, UUID riskId, String title, String riskTitle, RiskLevel riskLevel,
			@Nullable LocalDate dueDate, boolean overdue, String page, String done) {

		static OwnTask of(TreatmentTask task, LocalDate today) {
			String path = "/risks/" + task.riskId() + "/tasks/" + task.id();
			return new OwnTask(task.id(), task.riskId(), task.title(), task.riskTitle(), task.riskLevel(),
					task.dueDate(), task.overdueOn(today), path, path + "/done");
		}

	}

}
