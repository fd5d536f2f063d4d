package dev.bulwark.identity;

import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security officer's team page: who has access, with which role, and whether they set
 * up their second factor; invitations; role changes; resetting a lost authenticator;
 * deactivation.
 */
@Controller
@RequestMapping("/practice/users")
class UsersController {

	private final Accounts accounts;

	private final Invitations invitations;

	private final InvitationMailer mailer;

	private final UserAdministration administration;

	private final MspPeople mspPeople;

	UsersController(Accounts accounts, Invitations invitations, InvitationMailer mailer,
			UserAdministration administration, MspPeople mspPeople) {
		this.mspPeople = mspPeople;
		this.accounts = accounts;
		this.invitations = invitations;
		this.mailer = mailer;
		this.administration = administration;
	}

	@GetMapping
	@Permitted(Permission.USERS_MANAGE)
	String list(Model model) {
		model.addAttribute("invite", new Invitations.InviteForm(null, null, Role.STAFF));
		model.addAttribute("member", new UserAdministration.MemberForm(null));
		return page(model);
	}

	@PostMapping("/invite")
	@Permitted(Permission.USERS_MANAGE)
	String invite(@ModelAttribute("invite") Invitations.InviteForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.invitations.create(actor, form), (created) -> {
			boolean sent = this.mailer.send(created.invitation(), this.mailer.link(request, created.token()),
					actor.displayName());
			redirect.addFlashAttribute("inviteEmail", created.invitation().email());
			redirect.addFlashAttribute("inviteName", created.invitation().name());
			redirect.addFlashAttribute("inviteSent", sent);
			redirect.addFlashAttribute("inviteLinkLocal", onlyThisComputer(this.mailer.link(request, created.token())));
			if (!sent) {
				// Only when there is no e-mail to carry it does the officer see the link:
				// they must hand it over themselves.
				redirect.addFlashAttribute("inviteLink", this.mailer.link(request, created.token()));
			}
			return "redirect:/practice/users";
		}, () -> {
			model.addAttribute("member", new UserAdministration.MemberForm(null));
			return page(model);
		});
	}

	@PostMapping("/invitations/{id}/revoke")
	@Permitted(Permission.USERS_MANAGE)
	String revokeInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.invitations.revoke(CurrentActor.get(), id)) {
			throw NotFoundException.of("Invitation", id);
		}
		return FormPost.redirect(redirect, "/practice/users",
				"The invitation was withdrawn; its link no longer works.");
	}

	@PostMapping("/{userId}/role")
	@Permitted(Permission.USERS_MANAGE)
	String changeRole(@PathVariable UUID userId, @ModelAttribute("member") UserAdministration.MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.administration.changeRole(CurrentActor.get(), userId, form.role()),
				() -> FormPost.redirect(redirect, "/practice/users", "The role was changed."), () -> failed(model));
	}

	@PostMapping("/{userId}/deactivate")
	@Permitted(Permission.USERS_MANAGE)
	String deactivate(@PathVariable UUID userId, @ModelAttribute("member") UserAdministration.MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.administration.deactivate(CurrentActor.get(), userId),
				() -> FormPost.redirect(redirect, "/practice/users",
						"Their access to this practice ended at once, and their API tokens here stopped working."),
				() -> failed(model));
	}

	@PostMapping("/{userId}/reactivate")
	@Permitted(Permission.USERS_MANAGE)
	String reactivate(@PathVariable UUID userId, @ModelAttribute("member") UserAdministration.MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.administration.reactivate(CurrentActor.get(), userId),
				() -> FormPost.redirect(redirect, "/practice/users", "Access was restored."), () -> failed(model));
	}

	@PostMapping("/{userId}/reset-second-factor")
	@Permitted(Permission.USERS_MANAGE)
	String resetSecondFactor(@PathVariable UUID userId, @ModelAttribute("member") UserAdministration.MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.administration.resetSecondFactor(CurrentActor.get(), userId),
				() -> FormPost.redirect(redirect, "/practice/users",
						"Their authenticator, recovery codes and passkeys were removed. They will set up a new "
								+ "authenticator at their next sign-in."),
				() -> failed(model));
	}

	/** The page again, with the member action's problem above the list of people. */
	private String failed(Model model) {
		model.addAttribute("invite", new Invitations.InviteForm(null, null, Role.STAFF));
		return page(model);
	}

	/**
	 * Whether a link names this computer's own internal address (127.0.0.1, localhost,
	 * ::1): it then opens nowhere else.
	 */
	static boolean onlyThisComputer(String link) {
		String host;
		try {
			host = java.net.URI.create(link).getHost();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (host == null) {
			return false;
		}
		String bare = host.replace("[", "").replace("]", "").toLowerCase(java.util.Locale.ROOT);
		return bare.equals("localhost") || bare.endsWith(".localhost") || bare.startsWith("127.") || bare.equals("::1")
				|| bare.equals("0:0:0:0:0:0:0:1");
	}

	private String page(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("members", this.accounts.members(actor.practiceId()));
		model.addAttribute("invitations", this.invitations.open(actor.practiceId()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("mailConfigured", this.mailer.configured());
		model.addAttribute("shared", this.administration.sharedWithOtherPractices(actor.practiceId()));
		model.addAttribute("installationAdmin", this.administration.isInstallationAdmin(actor.userId()));
		model.addAttribute("mspAccess", this.mspPeople.withAccessTo(actor.practiceId()));
		return "identity/users";
	}

}
