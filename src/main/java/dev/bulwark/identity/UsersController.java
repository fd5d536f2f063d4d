package dev.bulwark.identity;

import java.util.UUID;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	UsersController(Accounts accounts, Invitations invitations, InvitationMailer mailer,
			UserAdministration administration) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.mailer = mailer;
		this.administration = administration;
	}

	@GetMapping
	@Permitted(Permission.USERS_MANAGE)
	String list(Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("members", this.accounts.members(practiceId));
		model.addAttribute("invitations", this.invitations.open(practiceId));
		model.addAttribute("roles", Role.values());
		model.addAttribute("mailConfigured", this.mailer.configured());
		return "identity/users";
	}

	@PostMapping("/invite")
	@Permitted(Permission.USERS_MANAGE)
	String invite(@RequestParam String email, @RequestParam(required = false) Role role, HttpServletRequest request,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			Invitations.Created created = this.invitations.create(actor.practiceId(), email, role, actor.userId());
			String link = this.mailer.link(request, created.token());
			boolean sent = this.mailer.send(created.invitation(), link, actor.displayName());
			redirect.addFlashAttribute("inviteLink", link);
			redirect.addFlashAttribute("inviteEmail", created.invitation().email());
			redirect.addFlashAttribute("inviteSent", sent);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("inviteError", ex.getMessage());
			redirect.addFlashAttribute("inviteEmailValue", email);
		}
		return "redirect:/practice/users";
	}

	@PostMapping("/invitations/{id}/revoke")
	@Permitted(Permission.USERS_MANAGE)
	String revokeInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.invitations.revoke(CurrentActor.practiceId(), id)) {
			throw dev.bulwark.shared.NotFoundException.of("Invitation", id);
		}
		redirect.addFlashAttribute("message", "The invitation was withdrawn; its link no longer works.");
		return "redirect:/practice/users";
	}

	@PostMapping("/{userId}/role")
	@Permitted(Permission.USERS_MANAGE)
	String changeRole(@PathVariable UUID userId, @RequestParam(required = false) Role role,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return act(redirect, "The role was changed.",
				() -> this.administration.changeRole(actor.practiceId(), actor.userId(), userId, role));
	}

	@PostMapping("/{userId}/deactivate")
	@Permitted(Permission.USERS_MANAGE)
	String deactivate(@PathVariable UUID userId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return act(redirect, "Access was removed. Their sessions and API tokens stopped working immediately.",
				() -> this.administration.deactivate(actor.practiceId(), actor.userId(), userId));
	}

	@PostMapping("/{userId}/reactivate")
	@Permitted(Permission.USERS_MANAGE)
	String reactivate(@PathVariable UUID userId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return act(redirect, "Access was restored.", () -> this.administration.reactivate(actor.practiceId(), userId));
	}

	@PostMapping("/{userId}/reset-second-factor")
	@Permitted(Permission.USERS_MANAGE)
	String resetSecondFactor(@PathVariable UUID userId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return act(redirect,
				"Their authenticator, recovery codes and passkeys were removed. They will set up a new authenticator "
						+ "at their next sign-in.",
				() -> this.administration.resetSecondFactor(actor.practiceId(), userId));
	}

	private static String act(RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/practice/users";
	}

}
