package dev.bulwark.workforce;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sanction records, seen only by the security officer. */
@Controller
class SanctionController {

	private final SanctionService sanctions;

	private final Workforce workforce;

	SanctionController(SanctionService sanctions, Workforce workforce) {
		this.sanctions = sanctions;
		this.workforce = workforce;
	}

	@GetMapping("/sanctions")
	@Permitted(Permission.SANCTIONS_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		long total = this.sanctions.count(CurrentActor.get());
		model.addAttribute("sanctions", this.sanctions.sanctions(CurrentActor.get(), page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, SanctionService.PAGE_SIZE));
		return "workforce/sanctions";
	}

	@GetMapping("/sanctions/new")
	@Permitted(Permission.SANCTIONS_EDIT)
	String addForm(Model model) {
		model.addAttribute("form", SanctionForm.blank());
		return formPage(model);
	}

	@PostMapping("/sanctions")
	@Permitted(Permission.SANCTIONS_EDIT)
	String add(@Valid @ModelAttribute("form") SanctionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost
			.submit(errors, () -> this.sanctions.record(CurrentActor.get(), form),
					(sanction) -> FormPost.redirect(redirect, "/sanctions/" + sanction.id(),
							"The sanction record for \"" + sanction.personName() + "\" was saved."),
					() -> formPage(model));
	}

	@GetMapping("/sanctions/{id}")
	@Permitted(Permission.SANCTIONS_READ)
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("sanction", this.sanctions.sanction(CurrentActor.get(), id));
		return "workforce/sanction";
	}

	private String formPage(Model model) {
		model.addAttribute("people", this.workforce.staffChoices(CurrentActor.practiceId()));
		return "workforce/sanction-form";
	}

}
