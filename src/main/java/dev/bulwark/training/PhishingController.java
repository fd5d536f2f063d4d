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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Phishing simulation results: the trend, the list and the form to record one. */
@Controller
@RequestMapping("/training/phishing")
class PhishingController {

	private final PhishingResults phishing;

	private final Training training;

	PhishingController(PhishingResults phishing, Training training) {
		this.phishing = phishing;
		this.training = training;
	}

	@GetMapping
	@Permitted(Permission.WORKFORCE_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PhishingForm.blank());
		}
		return listPage(model, page);
	}

	@PostMapping
	@Permitted(Permission.TRAINING_MANAGE)
	String record(@Valid @ModelAttribute("form") PhishingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.phishing.record(CurrentActor.get(), form),
				(result) -> FormPost.redirect(redirect, "/training/phishing",
						"\"" + result.campaign() + "\" was recorded: " + result.clickRate() + "% clicked, "
								+ result.reportRate() + "% reported."),
				() -> listPage(model, 0));
	}

	private String listPage(Model model, int page) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("results", this.phishing.results(practiceId, page));
		model.addAttribute("trend", this.phishing.trend(practiceId, this.training.today(CurrentActor.get())));
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(this.phishing.count(practiceId), Training.PAGE_SIZE));
		return "training/phishing";
	}

}
