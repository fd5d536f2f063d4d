package dev.bulwark.training;

import java.util.List;

import dev.bulwark.policies.PendingAcknowledgement;
import dev.bulwark.policies.Policies;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's own tasks in one place: the training modules they have to take and the
 * policies they have to acknowledge. Only the signed-in person's own tasks: the page
 * takes no person from the request.
 */
@Controller
class MyTasksController {

	private final Training training;

	private final Policies policies;

	MyTasksController(Training training, Policies policies) {
		this.training = training;
		this.policies = policies;
	}

	@GetMapping("/my-tasks")
	@Permitted(Permission.PRACTICE_MEMBER)
	String tasks(Model model) {
		Actor actor = CurrentActor.get();
		List<Assignment> modules = actor.can(Permission.TRAINING_TAKE)
				? this.training.tasksOf(actor.practiceId(), actor.userId(), this.training.today(actor)) : List.of();
		List<PendingAcknowledgement> acknowledgements = actor.can(Permission.POLICIES_ACKNOWLEDGE)
				? this.policies.pendingAcknowledgements(actor.practiceId(), actor.userId()) : List.of();
		model.addAttribute("modules", modules);
		model.addAttribute("titles", this.training.titles());
		model.addAttribute("acknowledgements", acknowledgements);
		return "training/tasks";
	}

}
