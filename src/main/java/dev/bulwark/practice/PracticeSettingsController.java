package dev.bulwark.practice;

import java.time.ZoneId;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.TimeZones;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security officer's settings page for their practice. */
@Controller
class PracticeSettingsController {

	private final Practices practices;

	PracticeSettingsController(Practices practices) {
		this.practices = practices;
	}

	@GetMapping("/practice/settings")
	@Permitted(Permission.PRACTICE_SETTINGS)
	String form(Model model) {
		model.addAttribute("form", PracticeSettingsForm.of(this.practices.get(CurrentActor.practiceId())));
		return page(model);
	}

	@PostMapping("/practice/settings")
	@Permitted(Permission.PRACTICE_SETTINGS)
	String save(@Valid @ModelAttribute("form") PracticeSettingsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.practices.updateSettings(CurrentActor.get(), form),
				(saved) -> FormPost.redirect(redirect, "/practice/settings", "Settings saved."), () -> page(model));
	}

	private String page(Model model) {
		ZoneId current = this.practices.zone(CurrentActor.practiceId());
		model.addAttribute("timeZones", TimeZones.choices(current));
		return "practice/settings";
	}

}
