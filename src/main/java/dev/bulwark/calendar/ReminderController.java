package dev.bulwark.calendar;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's reminder preferences and private calendar feed. */
@Controller
class ReminderController {

	private final PersonalSettings settings;

	private final CalendarFeed feed;

	ReminderController(PersonalSettings settings, CalendarFeed feed) {
		this.settings = settings;
		this.feed = feed;
	}

	@GetMapping("/tasks/reminders")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String reminders(Model model) {
		model.addAttribute("form", this.settings.preferences(CurrentActor.get()));
		return page(model);
	}

	@PostMapping("/tasks/reminders")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String save(@Valid @ModelAttribute("form") ReminderPreferences form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.settings.save(CurrentActor.get(), form),
				(saved) -> FormPost.redirect(redirect, "/tasks/reminders", "Your reminder preferences were saved."),
				() -> page(model));
	}

	private String page(Model model) {
		model.addAttribute("hasFeed", this.feed.exists(CurrentActor.get()));
		return "calendar/reminders";
	}

}
