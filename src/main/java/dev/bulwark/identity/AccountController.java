package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.SignedIn;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own account: name, password, passkeys, recovery codes and personal API
 * tokens. Each form on the page posts on its own; a problem comes back next to its field
 * with the rest of the page as it was.
 */
@Controller
class AccountController {

	private final AccountSettings settings;

	private final ApiTokens apiTokens;

	AccountController(AccountSettings settings, ApiTokens apiTokens) {
		this.settings = settings;
		this.apiTokens = apiTokens;
	}

	@GetMapping("/account")
	@SignedIn
	String account(Model model) {
		return page(model);
	}

	@PostMapping("/account/name")
	@SignedIn
	String rename(@ModelAttribute("nameForm") AccountSettings.NameForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.settings.rename(CurrentActor.get(), form),
				() -> FormPost.redirect(redirect, "/account", "Your name was updated."), () -> page(model));
	}

	@PostMapping("/account/password")
	@SignedIn
	String changePassword(@ModelAttribute("passwordForm") AccountSettings.PasswordForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String current = request.getSession().getId();
		return FormPost.perform(
				errors, () -> this.settings.changePassword(CurrentActor.get(), form, current), () -> FormPost
					.redirect(redirect, "/account", "Your password was changed. You were signed out everywhere else."),
				() -> page(model));
	}

	/**
	 * The "Show auditor details" switch, on the account page and in every page's footer.
	 * It returns to the page it was pressed on ({@code back}, a path inside Bulwark).
	 */
	@PostMapping("/account/auditor-view")
	@SignedIn
	String auditorView(@RequestParam(name = "show", defaultValue = "false") boolean show,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
		this.settings.showAuditorDetails(CurrentActor.get(), show);
		return FormPost.redirect(redirect, localPath(back),
				show ? "Auditor details are shown: citations and technical terms."
						: "Auditor details are hidden: pages use plain words.");
	}

	/**
	 * Only a path of this application: never another site (an open redirect), never a
	 * scheme.
	 */
	static String localPath(String back) {
		if (back == null || !LOCAL_PATH.matcher(back).matches()) {
			return "/account";
		}
		return back;
	}

	private static final java.util.regex.Pattern LOCAL_PATH = java.util.regex.Pattern
		.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&+,;:#-]{0,500}");

	@PostMapping("/account/recovery-codes")
	@SignedIn
	String regenerateRecoveryCodes(@ModelAttribute("recoveryForm") AccountSettings.RecoveryCodesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.settings.regenerateRecoveryCodes(CurrentActor.get(), form),
				(codes) -> {
					redirect.addFlashAttribute("recoveryCodes", codes);
					return "redirect:/mfa/recovery-codes";
				}, () -> page(model));
	}

	@PostMapping("/account/passkeys/{id}/delete")
	@SignedIn
	String deletePasskey(@PathVariable String id, RedirectAttributes redirect) {
		this.settings.removePasskey(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/account#passkeys", "The passkey was removed.");
	}

	@PostMapping("/account/tokens")
	@SignedIn
	String createToken(@ModelAttribute("tokenForm") ApiTokens.TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.apiTokens.create(CurrentActor.get(), form), (created) -> {
			redirect.addFlashAttribute("newToken", created.token());
			redirect.addFlashAttribute("newTokenName", created.summary().name());
			return "redirect:/account#tokens";
		}, () -> page(model));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@SignedIn
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!actor.hasPractice() || !this.apiTokens.revoke(actor.practiceId(), actor.userId(), id)) {
			throw NotFoundException.of("API token", id);
		}
		return FormPost.redirect(redirect, "/account#tokens", "The token was revoked.");
	}

	/** The whole page; a form that came back with errors keeps what was typed. */
	private String page(Model model) {
		Actor actor = CurrentActor.get();
		UserAccount user = this.settings.user(actor);
		model.addAttribute("user", user);
		model.addAttribute("auditorView", this.settings.auditorView(actor));
		model.addAttribute("passkeys", this.settings.passkeys(actor));
		model.addAttribute("recoveryCodesLeft", this.settings.remainingRecoveryCodes(actor));
		model.addAttribute("tokens",
				actor.hasPractice() ? this.apiTokens.list(actor.practiceId(), actor.userId()) : List.of());
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", new AccountSettings.NameForm(user.displayName()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new AccountSettings.PasswordForm(null, null, null));
		}
		if (!model.containsAttribute("recoveryForm")) {
			model.addAttribute("recoveryForm", new AccountSettings.RecoveryCodesForm(null));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new ApiTokens.TokenForm(null, 90));
		}
		return "identity/account";
	}

}
