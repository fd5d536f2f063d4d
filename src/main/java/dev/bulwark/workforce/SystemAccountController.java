package dev.bulwark.workforce;

import java.util.UUID;

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

/**
 * A person's accounts in the inventory's systems, the systems they use, and the access
 * findings of the whole practice.
 */
@Controller
class SystemAccountController {

	private final Workforce workforce;

	private final AccountService service;

	private final StaffController staffPages;

	private final OffboardingService offboarding;

	SystemAccountController(Workforce workforce, AccountService service, StaffController staffPages,
			OffboardingService offboarding) {
		this.workforce = workforce;
		this.service = service;
		this.staffPages = staffPages;
		this.offboarding = offboarding;
	}

	@GetMapping("/staff/findings")
	@Permitted(Permission.WORKFORCE_READ)
	String findings(Model model) {
		model.addAttribute("findings", this.workforce.findings(CurrentActor.practiceId()));
		model.addAttribute("overdue", this.offboarding.overdue(CurrentActor.practiceId()));
		return "workforce/findings";
	}

	@GetMapping("/staff/{id}/accounts/new")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String addForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", AccountForm.blank());
		return formPage(model, id, null);
	}

	@PostMapping("/staff/{id}/accounts")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String add(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.service.add(CurrentActor.get(), id, form),
				(account) -> FormPost.redirect(redirect, "/staff/" + id,
						"The account \"" + account.username() + "\" on " + account.systemName() + " was recorded."),
				() -> formPage(model, id, null));
	}

	@GetMapping("/staff/{id}/accounts/{accountId}/edit")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String editForm(@PathVariable UUID id, @PathVariable UUID accountId, Model model) {
		SystemAccount account = this.service.account(CurrentActor.practiceId(), id, accountId);
		model.addAttribute("form", AccountForm.of(account));
		return formPage(model, id, account);
	}

	@PostMapping("/staff/{id}/accounts/{accountId}")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String edit(@PathVariable UUID id, @PathVariable UUID accountId, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SystemAccount before = this.service.account(CurrentActor.practiceId(), id, accountId);
		return FormPost.submit(errors, () -> this.service.update(CurrentActor.get(), id, accountId, form),
				(account) -> FormPost.redirect(redirect, "/staff/" + id,
						"The account \"" + account.username() + "\" on " + account.systemName() + " was saved."),
				() -> formPage(model, id, before));
	}

	@PostMapping("/staff/{id}/systems")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String useSystems(@PathVariable UUID id, @Valid @ModelAttribute("systemsForm") SystemUseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.service.useSystems(CurrentActor.get(), id, form),
				(systems) -> FormPost.redirect(redirect, "/staff/" + id, "The systems this person uses were saved."),
				() -> this.staffPages.show(id, model));
	}

	private String formPage(Model model, UUID personId, SystemAccount account) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("person", this.workforce.member(practiceId, personId));
		model.addAttribute("account", account);
		model.addAttribute("systems", this.workforce.systemChoices(practiceId));
		model.addAttribute("privileges",
				java.util.Arrays.stream(Privilege.values())
					.map((p) -> dev.bulwark.shared.Choice.of(p.name(), p.label()))
					.toList());
		return "workforce/account-form";
	}

}
