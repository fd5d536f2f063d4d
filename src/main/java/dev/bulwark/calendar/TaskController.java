package dev.bulwark.calendar;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidencePanel;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AssignedWork;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.KeptParts;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar's pages: the list, one's own tasks, a task with its evidence. */
@Controller
class TaskController {

	private final Tasks tasks;

	private final EvidenceStore evidence;

	private final ObjectProvider<AssignedWork.Source> otherWork;

	/**
	 * How many items of another module's work "My tasks" lists before linking to the
	 * rest.
	 */
	static final int OTHER_WORK_SHOWN = 50;

	private final KeptParts kept;

	TaskController(Tasks tasks, EvidenceStore evidence, ObjectProvider<AssignedWork.Source> otherWork, KeptParts kept) {
		this.tasks = tasks;
		this.kept = kept;
		this.evidence = evidence;
		this.otherWork = otherWork;
	}

	@GetMapping("/tasks")
	@Permitted(Permission.CALENDAR_READ)
	String list(@ModelAttribute("filter") TaskFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		// Kept (ADR 0030): rendering the rows was most of this page's cost. Task changes
		// are audited and drop the practice's kept parts; the practice's date is in the
		// key, so "overdue" moves at midnight.
		model.addAttribute("keptHtml", this.kept.html("calendar/list :: list", model, List.of(filter, page), () -> {
			model.addAttribute("tasks", this.tasks.page(practiceId, filter, page));
			model.addAttribute("page", page);
			model.addAttribute("pages", Paging.pages(this.tasks.count(practiceId, filter), Tasks.PAGE_SIZE));
			model.addAttribute("today", this.tasks.today(practiceId));
		}));
		return "calendar/list";
	}

	@GetMapping("/tasks/mine")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		TaskFilter filter = TaskFilter.open().forOwner(actor.userId());
		model.addAttribute("tasks", this.tasks.page(actor.practiceId(), filter, page));
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(this.tasks.count(actor.practiceId(), filter), Tasks.PAGE_SIZE));
		// The work other modules keep for this person (risk treatment tasks), on the
		// first
		// page only: one "My tasks" page, without the calendar depending on those
		// modules.
		model.addAttribute("otherWork",
				(page == 0) ? this.otherWork.orderedStream()
					.flatMap((source) -> source.openFor(actor, OTHER_WORK_SHOWN).stream())
					.toList() : List.of());
		return "calendar/mine";
	}

	@GetMapping("/tasks/new")
	@Permitted(Permission.CALENDAR_EDIT)
	String newTask(Model model) {
		model.addAttribute("form", TaskForm.blank(this.tasks.today(CurrentActor.practiceId()).plusDays(30)));
		return formPage(model);
	}

	@PostMapping("/tasks")
	@Permitted(Permission.CALENDAR_EDIT)
	String add(@Valid @ModelAttribute("form") TaskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(
				errors, () -> this.tasks.add(CurrentActor.get(), form), (task) -> FormPost.redirect(redirect,
						task.page(), "\"" + task.title() + "\" was added, due " + task.dueOn() + "."),
				() -> formPage(model));
	}

	@GetMapping("/tasks/{id}")
	@Permitted(Permission.PRACTICE_MEMBER)
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("completeForm", CompleteForm.blank());
		model.addAttribute("rescheduleForm", new RescheduleForm(null));
		return showPage(model, id);
	}

	@PostMapping("/tasks/{id}/complete")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String complete(@PathVariable UUID id, @Valid @ModelAttribute("completeForm") CompleteForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.tasks.complete(CurrentActor.get(), id, form, files(form)),
				(next) -> FormPost.redirect(redirect, next.open() ? next.page() : "/tasks/" + id,
						next.open() ? "Done. The next occurrence is due " + next.dueOn() + "." : "Done."),
				() -> {
					model.addAttribute("rescheduleForm", new RescheduleForm(null));
					return showPage(model, id);
				});
	}

	@PostMapping("/tasks/{id}/reschedule")
	@Permitted(Permission.CALENDAR_EDIT)
	String reschedule(@PathVariable UUID id, @Valid @ModelAttribute("rescheduleForm") RescheduleForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.tasks.reschedule(CurrentActor.get(), id, form),
				(task) -> FormPost.redirect(redirect, task.page(), "The task is now due " + task.dueOn() + "."), () -> {
					model.addAttribute("completeForm", CompleteForm.blank());
					return showPage(model, id);
				});
	}

	@PostMapping("/tasks/{id}/evidence")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String addEvidence(@PathVariable UUID id, @Valid @ModelAttribute("upload") EvidenceUpload upload,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		// Another practice's task is not found, whatever was sent with it.
		this.tasks.get(CurrentActor.get(), id);
		return FormPost.perform(errors,
				() -> this.tasks.addEvidence(CurrentActor.get(), id, upload.title(), EvidenceContent.of(upload.file())),
				() -> FormPost.redirect(redirect, "/tasks/" + id, "The file was added as evidence."), () -> {
					model.addAttribute("completeForm", CompleteForm.blank());
					model.addAttribute("rescheduleForm", new RescheduleForm(null));
					return showPage(model, id);
				});
	}

	@GetMapping("/tasks/{id}/evidence/{evidenceId}/download")
	@Permitted(Permission.PRACTICE_MEMBER)
	void download(@PathVariable UUID id, @PathVariable UUID evidenceId, HttpServletResponse response)
			throws IOException {
		Actor actor = CurrentActor.get();
		this.tasks.visible(actor, id);
		EvidenceDownloads.send(this.evidence.openFor(actor, EvidenceOwner.of("task", id), evidenceId, null), response);
	}

	private String formPage(Model model) {
		model.addAttribute("owners", this.tasks.possibleOwners(CurrentActor.practiceId()));
		model.addAttribute("repeats", Repeat.values());
		return "calendar/form";
	}

	private String showPage(Model model, UUID id) {
		Actor actor = CurrentActor.get();
		TaskSummary task = this.tasks.get(actor, id);
		model.addAttribute("task", task);
		boolean mayComplete = task.kind().completedHere() && task.open()
				&& (actor.can(Permission.CALENDAR_EDIT) || actor.userId().equals(task.ownerUserId()));
		model.addAttribute("mayComplete", mayComplete);
		EvidencePanel panel = this.evidence.panel(actor.practiceId(), EvidenceOwner.of("task", id), "/tasks/" + id)
			.withEndpoints("/tasks/" + id + "/evidence", "/tasks/" + id + "/evidence/{evidenceId}/download",
					(mayComplete || actor.can(Permission.CALENDAR_EDIT)) ? Permission.TASKS_COMPLETE_OWN
							: Permission.CALENDAR_EDIT,
					Permission.PRACTICE_MEMBER);
		model.addAttribute("evidencePanel", panel);
		return "calendar/show";
	}

	private static List<EvidenceContent> files(CompleteForm form) {
		if (form.file() == null || form.file().isEmpty()) {
			return List.of();
		}
		return List.of(EvidenceContent.of(form.file()));
	}

}
