package dev.bulwark.practice;

import dev.bulwark.shared.CurrentActor;
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
		return "practice/settings";
	}

	@PostMapping("/practice/settings")
	@Permitted(Permission.PRACTICE_SETTINGS)
	String save(@Valid @ModelAttribute("form") PracticeSettingsForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "practice/settings";
		}
		try {
			this.practices.updateSettings(CurrentActor.practiceId(), form);
		}
		catch (PracticeNameTakenException ex) {
			errors.rejectValue("name", "taken", ex.getMessage());
			return "practice/settings";
		}
		redirect.addFlashAttribute("message", "Settings saved.");
		return "redirect:/practice/settings";
	}

}
