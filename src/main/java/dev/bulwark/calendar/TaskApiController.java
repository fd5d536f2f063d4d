package dev.bulwark.calendar;

import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The compliance calendar for scripts and MSP tools, with the same forms as the pages.
 * Errors are answered by the one API error mapping (400 with errors by field, 404, 409).
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The compliance calendar: recurring obligations, other areas' due dates, "
		+ "the practice's own tasks")
class TaskApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Tasks tasks;

	TaskApiController(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Permitted(Permission.CALENDAR_READ)
	@Operation(summary = "Calendar items, 50 per page (page=0, 1, ...; the total is in X-Total-Count): show=OPEN "
			+ "(default, soonest first), DONE or ALL; basis=LAW, PROPOSED or RECOMMENDED; ownerUserId to narrow. "
			+ "Proposed-rule items only in NPRM-ready mode")
	ResponseEntity<List<TaskSummary>> list(@ModelAttribute TaskFilter filter,
			@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.tasks.count(practiceId, filter)))
			.body(this.tasks.page(practiceId, filter, page));
	}

	@GetMapping("/mine")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	@Operation(summary = "The open tasks given to the caller, soonest first, 50 per page")
	ResponseEntity<List<TaskSummary>> mine(@RequestParam(defaultValue = "0") int page) {
		var actor = CurrentActor.get();
		TaskFilter filter = TaskFilter.open().forOwner(actor.userId());
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.tasks.count(actor.practiceId(), filter)))
			.body(this.tasks.page(actor.practiceId(), filter, page));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.PRACTICE_MEMBER)
	@Operation(summary = "One item (calendar readers, or the person it is given to)")
	TaskSummary get(@PathVariable UUID id) {
		return this.tasks.get(CurrentActor.get(), id);
	}

	@PostMapping
	@Permitted(Permission.CALENDAR_EDIT)
	@Operation(summary = "Add a practice task (repeats: NEVER, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY)")
	ResponseEntity<TaskSummary> add(@Valid @RequestBody TaskForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.tasks.add(CurrentActor.get(), form));
	}

	@PostMapping("/{id}/complete")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	@Operation(summary = "Complete a recurring or practice task (409 for another area's item or one already done); "
			+ "answers the next occurrence, or the completed task if it does not repeat")
	TaskSummary complete(@PathVariable UUID id, @Valid @RequestBody(required = false) CompleteForm form) {
		return this.tasks.complete(CurrentActor.get(), id, (form != null) ? form : CompleteForm.blank(), List.of());
	}

	@PostMapping("/{id}/reschedule")
	@Permitted(Permission.CALENDAR_EDIT)
	@Operation(summary = "Give an open recurring or practice task a new due date")
	TaskSummary reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleForm form) {
		return this.tasks.reschedule(CurrentActor.get(), id, form);
	}

	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	@Operation(summary = "Attach a file to a task as evidence (multipart: file, title)")
	ResponseEntity<Void> addEvidence(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String title) {
		// Another practice's task is not found, whatever was sent with it.
		this.tasks.get(CurrentActor.get(), id);
		this.tasks.addEvidence(CurrentActor.get(), id, title, EvidenceContent.of(file));
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

}
