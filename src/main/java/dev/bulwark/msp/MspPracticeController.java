package dev.bulwark.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.identity.MemberSummary;
import dev.bulwark.identity.MspInvitation;
import dev.bulwark.identity.MspPeople;
import dev.bulwark.identity.MspPerson;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.TimeZones;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creating a practice, and one served practice as the MSP manages it: who of the MSP has
 * access, the templates applied, its security officer's invitation, archiving.
 */
@Controller
class MspPracticeController {

	private final MspPractices mspPractices;

	private final MspTemplates templates;

	private final MspPeople people;

	private final Practices practices;

	MspPracticeController(MspPractices mspPractices, MspTemplates templates, MspPeople people, Practices practices) {
		this.mspPractices = mspPractices;
		this.templates = templates;
		this.people = people;
		this.practices = practices;
	}

	/**
	 * An invitation link as an absolute address (the path alone without a public URL).
	 */
	static String absolute(String link) {
		return link.startsWith("/") ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + link : link;
	}

	@GetMapping("/msp/practices/new")
	@Permitted(Permission.MSP_ADMINISTER)
	String newPractice(Model model) {
		model.addAttribute("form", new NewPracticeForm(null, TimeZones.serverDefault().getId(), null, null, null));
		return formPage(model);
	}

	@PostMapping("/msp/practices")
	@Permitted(Permission.MSP_ADMINISTER)
	String create(@Valid @ModelAttribute("form") NewPracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.mspPractices.create(CurrentActor.get(), form), (created) -> {
			flashInvitation(redirect, created.invitation());
			String applied = (created.applied() == null) ? ""
					: " Template \"" + created.applied().templateName() + "\" applied: " + created.applied().assets()
							+ " assets, " + created.applied().flows() + " data flows.";
			return FormPost.redirect(redirect, "/msp/practices/" + created.practice().id(),
					"\"" + created.practice().name() + "\" was created. You serve it as its MSP." + applied);
		}, () -> formPage(model));
	}

	private String formPage(Model model) {
		NewPracticeForm form = (NewPracticeForm) model.getAttribute("form");
		model.addAttribute("zones", TimeZones
			.choices(TimeZones.parse(form == null ? null : form.timeZone()).orElse(TimeZones.serverDefault())));
		model.addAttribute("templateChoices", templateChoices());
		return "msp/new-practice";
	}

	@GetMapping("/msp/practices/{id}")
	@Permitted(Permission.MSP_PORTFOLIO)
	String show(@PathVariable UUID id, Model model) {
		this.people.requireServes(CurrentActor.get(), id);
		return showPage(id, model);
	}

	private String showPage(UUID id, Model model) {
		PracticeDetails practice = this.practices.get(id);
		model.addAttribute("practice", practice);
		List<MemberSummary> access = this.people.withAccessTo(id);
		model.addAttribute("access", access);
		List<Choice> assignable = this.people.people()
			.stream()
			.filter(MspPerson::active)
			.filter((p) -> access.stream().noneMatch((a) -> a.userId().equals(p.userId())))
			.map((p) -> Choice.of(p.userId(), p.displayName() + " (" + p.mspRole().label() + ")"))
			.toList();
		model.addAttribute("assignable", assignable);
		model.addAttribute("applications", this.templates.applications(id));
		model.addAttribute("templateChoices", templateChoices());
		if (!model.containsAttribute("assign")) {
			model.addAttribute("assign", new AssignForm(null));
		}
		if (!model.containsAttribute("apply")) {
			model.addAttribute("apply", new ApplyForm(null));
		}
		if (!model.containsAttribute("officer")) {
			model.addAttribute("officer", new OfficerForm(null, null));
		}
		return "msp/practice";
	}

	@PostMapping("/msp/practices/{id}/assign")
	@Permitted(Permission.MSP_ADMINISTER)
	String assign(@PathVariable UUID id, @ModelAttribute("assign") AssignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.people.requireServes(CurrentActor.get(), id);
		return FormPost.perform(errors, () -> {
			if (form.userId() == null) {
				throw InvalidInputException.of("userId", "Choose one of the MSP's people.");
			}
			this.people.assign(CurrentActor.get(), id, form.userId());
		}, () -> FormPost.redirect(redirect, "/msp/practices/" + id, "Access granted."), () -> showPage(id, model));
	}

	@PostMapping("/msp/practices/{id}/unassign")
	@Permitted(Permission.MSP_ADMINISTER)
	String unassign(@PathVariable UUID id, @ModelAttribute("unassign") AssignForm form, RedirectAttributes redirect) {
		if (form.userId() == null) {
			throw InvalidInputException.of("userId", "Choose whose access ends.");
		}
		this.people.unassign(CurrentActor.get(), id, form.userId());
		return FormPost.redirect(redirect, "/msp/practices/" + id, "Access ended.");
	}

	@PostMapping("/msp/practices/{id}/apply-template")
	@Permitted(Permission.MSP_TEMPLATES)
	String apply(@PathVariable UUID id, @ModelAttribute("apply") ApplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.people.requireServes(CurrentActor.get(), id);
		return FormPost.submit(errors, () -> this.templates.apply(CurrentActor.get(), id, form.templateId()),
				(applied) -> FormPost.redirect(redirect, "/msp/practices/" + id, "Template \"" + applied.templateName()
						+ "\" applied: " + applied.assets() + " assets, " + applied.flows() + " data flows added."),
				() -> showPage(id, model));
	}

	@PostMapping("/msp/practices/{id}/invite-officer")
	@Permitted(Permission.MSP_ADMINISTER)
	String inviteOfficer(@PathVariable UUID id, @Valid @ModelAttribute("officer") OfficerForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.people.requireServes(CurrentActor.get(), id);
		return FormPost.submit(errors, () -> {
			try {
				return this.people.inviteOfficer(CurrentActor.get(), id, form.officerName(), form.officerEmail());
			}
			catch (InvalidInputException ex) {
				throw officerFields(ex);
			}
		}, (invitation) -> {
			flashInvitation(redirect, invitation);
			return FormPost.redirect(redirect, "/msp/practices/" + id, null);
		}, () -> showPage(id, model));
	}

	@PostMapping("/msp/practices/{id}/archive")
	@Permitted(Permission.MSP_ADMINISTER)
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		PracticeDetails practice = this.mspPractices.archive(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/msp/practices/" + id,
				"\"" + practice.name() + "\" is archived: kept read-only for retention.");
	}

	@PostMapping("/msp/practices/{id}/restore")
	@Permitted(Permission.MSP_ADMINISTER)
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		PracticeDetails practice = this.mspPractices.restore(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/msp/practices/" + id,
				"\"" + practice.name() + "\" is out of the archive and can be changed again.");
	}

	static InvalidInputException officerFields(InvalidInputException ex) {
		Map<String, String> fields = Map.of("email", "officerEmail", "name", "officerName");
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		ex.errors().forEach((field, message) -> errors.put(fields.getOrDefault(field, field), message));
		return InvalidInputException.of(errors);
	}

	private static void flashInvitation(RedirectAttributes redirect, MspInvitation invitation) {
		redirect.addFlashAttribute("inviteEmail", invitation.email());
		redirect.addFlashAttribute("inviteName", invitation.name());
		redirect.addFlashAttribute("inviteSent", invitation.emailed());
		redirect.addFlashAttribute("inviteLink", absolute(invitation.link()));
	}

	private List<Choice> templateChoices() {
		return this.templates.all()
			.stream()
			.map((t) -> Choice.of(t.id(), t.name() + " (" + t.assets() + " assets, " + t.flows() + " data flows)"))
			.toList();
	}

}
