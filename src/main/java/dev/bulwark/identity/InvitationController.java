package dev.bulwark.identity;

import java.util.Optional;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.PublicEndpoint;
import dev.bulwark.shared.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accepting an invitation from its link. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final SignInSession signInSession;

	InvitationController(Invitations invitations, SignInSession signInSession) {
		this.invitations = invitations;
		this.signInSession = signInSession;
	}

	record AcceptForm(String name, String password, String confirmPassword) {
	}

	@GetMapping("/invite/{token}")
	@PublicEndpoint
	String show(@PathVariable String token, Model model) {
		if (describe(token, model).isEmpty()) {
			return "identity/invite-invalid";
		}
		model.addAttribute("form", new AcceptForm("", "", ""));
		return "identity/invite";
	}

	@PostMapping("/invite/{token}")
	@PublicEndpoint
	String accept(@PathVariable String token, @ModelAttribute("form") AcceptForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<InvitationDetails> invitation = describe(token, model);
		if (invitation.isEmpty()) {
			return "identity/invite-invalid";
		}
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
			return "identity/invite";
		}
		try {
			this.invitations.acceptAsNewAccount(token, form.name(), form.password());
		}
		catch (AccountException ex) {
			ex.reportTo(errors);
			return "identity/invite";
		}
		this.signInSession.passwordOnly(invitation.get().email(), request, response);
		return "redirect:/mfa/enrol";
	}

	private Optional<InvitationDetails> describe(String token, Model model) {
		Optional<InvitationDetails> invitation = this.invitations.byToken(token);
		invitation.ifPresent((found) -> {
			model.addAttribute("invitation", found);
			model.addAttribute("token", token);
			model.addAttribute("existingAccount", this.invitations.accountExists(found));
		});
		return invitation;
	}

	/**
	 * Someone who already has an account (e.g. an MSP technician) joins another practice.
	 */
	@PostMapping("/invite/{token}/join")
	@SignedIn
	String join(@PathVariable String token, RedirectAttributes redirect) {
		var actor = CurrentActor.get();
		try {
			this.invitations.acceptAsExistingAccount(token, actor.userId(), actor.email());
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/invite/" + token;
		}
		redirect.addFlashAttribute("message", "You joined the practice. Switch to it below.");
		return "redirect:/practices";
	}

}
