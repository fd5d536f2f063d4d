package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mark done" for a treatment task by the person who owns it, from "My tasks" or the
 * treatment plan: staff own tasks without the right to edit the register.
 */
@Controller
class OwnTasksController {

	private final Risks risks;

	OwnTasksController(Risks risks) {
		this.risks = risks;
	}

	@PostMapping("/risks/{id}/tasks/{taskId}/done")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String done(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam(required = false) String returnTo,
			RedirectAttributes redirect) {
		TreatmentTask task = this.risks.completeOwnTask(CurrentActor.get(), id, taskId);
		// Only the two known pages: the parameter never names an address.
		return FormPost.redirect(redirect, "plan".equals(returnTo) ? "/treatment-plan" : "/tasks/mine",
				"Done: \"" + task.title() + "\".");
	}

}
