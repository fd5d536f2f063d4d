package dev.bulwark.training;

import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Security reminders: the schedule with the form to add one, stopping one, and the record
 * of what was sent to whom.
 */
@Controller
@RequestMapping("/training/reminders")
class SecurityReminderController {

	private final SecurityReminders reminders;

	SecurityReminderController(SecurityReminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping
	@Permitted(Permission.WORKFORCE_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReminderForm.blank());
		}
		return listPage(model, page);
	}

	@PostMapping
	@Permitted(Permission.TRAINING_MANAGE)
	String schedule(@Valid @ModelAttribute("form") ReminderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.reminders.schedule(CurrentActor.get(), form),
				(reminder) -> FormPost.redirect(redirect, "/training/reminders",
						"The reminder \"" + reminder.subject() + "\" is scheduled for " + reminder.firstOn() + "."),
				() -> listPage(model, 0));
	}

	@PostMapping("/{id}/stop")
	@Permitted(Permission.TRAINING_MANAGE)
	String stop(@PathVariable UUID id, RedirectAttributes redirect) {
		SecurityReminder stopped = this.reminders.stop(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/training/reminders",
				"The reminder \"" + stopped.subject() + "\" was stopped; what was sent stays recorded.");
	}

	private String listPage(Model model, int page) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("reminders", this.reminders.reminders(practiceId));
		model.addAttribute("sendings", this.reminders.sendings(practiceId, page));
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(this.reminders.countSendings(practiceId), Training.PAGE_SIZE));
		model.addAttribute("mailConfigured", this.reminders.mailConfigured());
		model.addAttribute("audiences", SecurityReminder.Audience.choices());
		model.addAttribute("recurrences", SecurityReminder.Recurrence.choices());
		return "training/reminders";
	}

}
