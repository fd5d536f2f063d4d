package dev.bulwark.msp;

import java.util.UUID;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MSP's people: administrators and technicians, inviting and promoting them. */
@Controller
class MspPeopleController {

	private final MspPeople people;

	private final Practices practices;

	MspPeopleController(MspPeople people, Practices practices) {
		this.people = people;
		this.practices = practices;
	}

	@GetMapping("/msp/people")
	@Permitted(Permission.MSP_ADMINISTER)
	String list(Model model) {
		model.addAttribute("form", new TechnicianForm(null, null, null));
		return page(model);
	}

	private String page(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("people", this.people.people());
		model.addAttribute("practiceChoices",
				this.practices.all(this.people.servedPracticeIds(actor.userId()))
					.stream()
					.filter((p) -> !p.archived())
					.map((p) -> Choice.of(p.id(), p.name()))
					.toList());
		return "msp/people";
	}

	@PostMapping("/msp/people/invite")
	@Permitted(Permission.MSP_ADMINISTER)
	String invite(@Valid @ModelAttribute("form") TechnicianForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors,
				() -> this.people.inviteTechnician(CurrentActor.get(), form.practiceId(), form.name(), form.email()),
				(invitation) -> {
					redirect.addFlashAttribute("inviteEmail", invitation.email());
					redirect.addFlashAttribute("inviteName", invitation.name());
					redirect.addFlashAttribute("inviteSent", invitation.emailed());
					redirect.addFlashAttribute("inviteLink", MspPracticeController.absolute(invitation.link()));
					return FormPost.redirect(redirect, "/msp/people", null);
				}, () -> page(model));
	}

	@PostMapping("/msp/people/{userId}/administrator")
	@Permitted(Permission.MSP_ADMINISTER)
	String makeAdministrator(@PathVariable UUID userId, RedirectAttributes redirect) {
		this.people.grantAdministrator(CurrentActor.get(), userId);
		return FormPost.redirect(redirect, "/msp/people", "They are now an MSP administrator.");
	}

}
