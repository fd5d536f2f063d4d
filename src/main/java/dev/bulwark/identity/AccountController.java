package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.SignedIn;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own account: name, password, passkeys, recovery codes and personal API
 * tokens. Sensitive changes ask for the current password again, so an unattended
 * signed-in screen is not enough.
 */
@Controller
class AccountController {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SecondFactors secondFactors;

	private final ApiTokens apiTokens;

	private final IdentityAudit audit;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserCredentialRepository passkeys;

	private final SessionTerminator sessions;

	AccountController(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			SecondFactors secondFactors, ApiTokens apiTokens, IdentityAudit audit,
			PublicKeyCredentialUserEntityRepository passkeyUsers, UserCredentialRepository passkeys,
			SessionTerminator sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.secondFactors = secondFactors;
		this.apiTokens = apiTokens;
		this.audit = audit;
		this.passkeyUsers = passkeyUsers;
		this.passkeys = passkeys;
		this.sessions = sessions;
	}

	record PasskeyView(String id, String label, java.time.Instant created, java.time.Instant lastUsed) {
	}

	@GetMapping("/account")
	@SignedIn
	String account(Model model) {
		Actor actor = CurrentActor.get();
		UserAccount user = this.users.findById(actor.userId()).orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("passkeys", passkeys(user.email()));
		model.addAttribute("recoveryCodesLeft", this.secondFactors.remainingRecoveryCodes(user.id()));
		model.addAttribute("tokens",
				actor.hasPractice() ? this.apiTokens.list(actor.practiceId(), actor.userId()) : List.of());
		return "identity/account";
	}

	@PostMapping("/account/name")
	@SignedIn
	String rename(@RequestParam String displayName, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			redirect.addFlashAttribute("nameError", "Enter your name (up to 200 characters).");
			return "redirect:/account";
		}
		this.users.updateDisplayName(actor.userId(), displayName);
		this.audit.record(actor.userId(), actor.email(), "account.renamed", "Display name changed");
		redirect.addFlashAttribute("message", "Your name was updated.");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	@SignedIn
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, HttpServletRequest request, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UserAccount user = this.users.findById(actor.userId()).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, user.passwordHash())) {
			redirect.addFlashAttribute("passwordError", "Your current password is not right.");
			return "redirect:/account#password";
		}
		if (!newPassword.equals(confirmPassword)) {
			redirect.addFlashAttribute("passwordError", "The two new passwords are not the same.");
			return "redirect:/account#password";
		}
		var reason = this.passwordPolicy.check(newPassword, user.email(), user.displayName(), actor.practiceName());
		if (reason.isPresent()) {
			redirect.addFlashAttribute("passwordError", reason.get());
			return "redirect:/account#password";
		}
		this.users.updatePassword(user.id(), this.passwordEncoder.encode(newPassword));
		this.audit.record(user, "account.password-changed", "Password changed; other sessions ended");
		String current = request.getSession().getId();
		// End every other session of this person: someone who knew the old password is
		// out now.
		this.sessions.endAllExcept(user.email(), current);
		redirect.addFlashAttribute("message", "Your password was changed. You were signed out everywhere else.");
		return "redirect:/account";
	}

	@PostMapping("/account/recovery-codes")
	@SignedIn
	String regenerateRecoveryCodes(@RequestParam String currentPassword, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UserAccount user = this.users.findById(actor.userId()).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, user.passwordHash())) {
			redirect.addFlashAttribute("recoveryError", "Your current password is not right.");
			return "redirect:/account#recovery";
		}
		redirect.addFlashAttribute("recoveryCodes", this.secondFactors.regenerateRecoveryCodes(user));
		return "redirect:/mfa/recovery-codes";
	}

	@PostMapping("/account/passkeys/{id}/delete")
	@SignedIn
	String deletePasskey(@PathVariable String id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		boolean own = passkeys(actor.email()).stream().anyMatch((passkey) -> passkey.id().equals(id));
		if (!own) {
			throw dev.bulwark.shared.NotFoundException.of("Passkey", id);
		}
		this.passkeys.delete(Bytes.fromBase64(id));
		this.audit.record(actor.userId(), actor.email(), "mfa.passkey-removed", "A passkey was removed");
		redirect.addFlashAttribute("message", "The passkey was removed.");
		return "redirect:/account#passkeys";
	}

	@PostMapping("/account/tokens")
	@SignedIn
	String createToken(@RequestParam String name, @RequestParam(defaultValue = "90") int days,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!actor.hasPractice()) {
			redirect.addFlashAttribute("tokenError", "Choose a practice first: a token works for one practice.");
			return "redirect:/account#tokens";
		}
		try {
			ApiTokens.Created created = this.apiTokens.create(actor.practiceId(), actor.userId(), actor.email(), name,
					days);
			redirect.addFlashAttribute("newToken", created.token());
			redirect.addFlashAttribute("newTokenName", created.summary().name());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("tokenError", ex.getMessage());
		}
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@SignedIn
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!actor.hasPractice() || !this.apiTokens.revoke(actor.practiceId(), actor.userId(), id)) {
			throw dev.bulwark.shared.NotFoundException.of("API token", id);
		}
		redirect.addFlashAttribute("message", "The token was revoked.");
		return "redirect:/account#tokens";
	}

	private List<PasskeyView> passkeys(String email) {
		PublicKeyCredentialUserEntity entity = this.passkeyUsers.findByUsername(email);
		if (entity == null) {
			return List.of();
		}
		return this.passkeys.findByUserId(entity.getId())
			.stream()
			.map((CredentialRecord record) -> new PasskeyView(record.getCredentialId().toBase64UrlString(),
					record.getLabel(), record.getCreated(), record.getLastUsed()))
			.toList();
	}

}
