package dev.bulwark.identity;

import java.util.Optional;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
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

/**
 * Accepting an invitation from its link. The page is the same whether or not the address
 * already has an account: a new person creates theirs, someone who already uses Bulwark
 * signs in and joins.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final SignInSession signInSession;

	InvitationController(Invitations invitations, SignInSession signInSession) {
		this.invitations = invitations;
		this.signInSession = signInSession;
	}

	/** The "join the practice" button: no fields. */
	record JoinForm() {
	}

	@GetMapping("/invite/{token}")
	@PublicEndpoint
	String show(@PathVariable String token, Model model) {
		Optional<InvitationDetails> invitation = this.invitations.byToken(token);
		if (invitation.isEmpty()) {
			return "identity/invite-invalid";
		}
		model.addAttribute("form", new Invitations.AcceptForm(invitation.get().name(), null, null));
		return page(token, invitation.get(), model);
	}

	@PostMapping("/invite/{token}")
	@PublicEndpoint
	String accept(@PathVariable String token, @ModelAttribute("form") Invitations.AcceptForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<InvitationDetails> invitation = this.invitations.byToken(token);
		if (invitation.isEmpty()) {
			return "identity/invite-invalid";
		}
		return FormPost.submit(errors, () -> this.invitations.acceptAsNewAccount(token, form), (userId) -> {
			this.signInSession.passwordOnly(invitation.get().email(), request, response);
			return "redirect:/mfa/enrol";
		}, () -> page(token, invitation.get(), model));
	}

	/**
	 * Someone who already has an account (e.g. an MSP technician) joins another practice.
	 */
	@PostMapping("/invite/{token}/join")
	@SignedIn
	String join(@PathVariable String token, @ModelAttribute("join") JoinForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Optional<InvitationDetails> invitation = this.invitations.byToken(token);
		if (invitation.isEmpty()) {
			return "identity/invite-invalid";
		}
		return FormPost.perform(errors, () -> this.invitations.acceptAsExistingAccount(token, actor),
				() -> FormPost.redirect(redirect, "/practices", "You joined the practice. Switch to it below."), () -> {
					model.addAttribute("form", new Invitations.AcceptForm(null, null, null));
					return page(token, invitation.get(), model);
				});
	}

	private String page(String token, InvitationDetails invitation, Model model) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		// Only the person signed in as the invited address is offered to join: that
		// tells them nothing they do not know.
		Optional<Actor> actor = CurrentActor.find();
		model.addAttribute("mayJoin", actor.map((a) -> a.email().equals(invitation.email())).orElse(false));
		model.addAttribute("signedInAs", actor.map(Actor::email).orElse(null));
		if (!model.containsAttribute("join")) {
			model.addAttribute("join", new JoinForm());
		}
		return "identity/invite";
	}

}
