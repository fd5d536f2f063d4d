package dev.bulwark.msp;

import java.util.UUID;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.MspRole;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MSP's people: administrators and technicians; inviting them, granting an MSP role
 * to an existing account, changing and removing it (never the last administrator's).
 */
@Controller
class MspPeopleController {

	static final java.util.List<Choice> ROLE_CHOICES = java.util.Arrays.stream(MspRole.values())
		.map((role) -> new Choice(role.name(), role.label()))
		.toList();

	private final MspPeople people;

	private final Practices practices;

	MspPeopleController(MspPeople people, Practices practices) {
		this.people = people;
		this.practices = practices;
	}

	@GetMapping("/msp/people")
	@Permitted(Permission.MSP_ADMINISTER)
	String list(Model model) {
		return page(model);
	}

	private String page(Model model) {
		Actor actor = CurrentActor.get();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TechnicianForm(null, null, null));
		}
		if (!model.containsAttribute("grantForm")) {
			model.addAttribute("grantForm", new MspRoleForm(null, null));
		}
		model.addAttribute("people", this.people.people());
		model.addAttribute("roleChoices", ROLE_CHOICES);
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

	@PostMapping("/msp/people/roles")
	@Permitted(Permission.MSP_ADMINISTER)
	String grant(@ModelAttribute("grantForm") MspRoleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.people.grantRole(CurrentActor.get(), form.email(), form.role()),
				(person) -> FormPost.redirect(redirect, "/msp/people",
						person.displayName() + " is now " + person.mspRole().label() + "."),
				() -> page(model));
	}

	@PostMapping("/msp/people/{userId}/role")
	@Permitted(Permission.MSP_ADMINISTER)
	String change(@PathVariable UUID userId, @RequestParam MspRole role, Model model, RedirectAttributes redirect) {
		// The role comes from a drop-down of valid values: another value is an edited
		// request (400), so the one message here is the last administrator's.
		BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "roleForm");
		return FormPost.submit(errors, () -> this.people.changeRole(CurrentActor.get(), userId, role),
				(person) -> FormPost.redirect(redirect, "/msp/people",
						person.displayName() + " is now " + person.mspRole().label() + "."),
				() -> rowProblem(model, userId, errors));
	}

	@PostMapping("/msp/people/{userId}/remove")
	@Permitted(Permission.MSP_ADMINISTER)
	String remove(@PathVariable UUID userId, Model model, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "removeForm");
		return FormPost.submit(errors, () -> this.people.removeRole(CurrentActor.get(), userId),
				(person) -> FormPost.redirect(redirect, "/msp/people",
						person.displayName()
								+ " no longer holds an MSP role; their assignments to practices have ended."),
				() -> rowProblem(model, userId, errors));
	}

	/**
	 * A change refused on one row of the list (the last administrator): its message above
	 * the list, and on the row.
	 */
	private String rowProblem(Model model, UUID userId, BindingResult errors) {
		model.addAttribute("rowProblemUser", userId);
		model.addAttribute("rowProblem",
				errors.getAllErrors()
					.stream()
					.map(org.springframework.context.MessageSourceResolvable::getDefaultMessage)
					.collect(java.util.stream.Collectors.joining(" ")));
		return page(model);
	}

}
