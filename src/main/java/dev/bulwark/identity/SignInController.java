package dev.bulwark.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in pages: password, second factor (authenticator code, passkey or recovery
 * code), and the mandatory authenticator enrolment for accounts that have none yet.
 */
@Controller
class SignInController {

	static final String ENROLMENT_SECRET = "bulwark.enrolmentSecret";

	private final UserAccountRepository users;

	private final SecondFactors secondFactors;

	private final FirstRunSetup setup;

	private final SignInSession signInSession;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserCredentialRepository passkeys;

	private final Clock clock;

	SignInController(UserAccountRepository users, SecondFactors secondFactors, FirstRunSetup setup,
			SignInSession signInSession, PublicKeyCredentialUserEntityRepository passkeyUsers,
			UserCredentialRepository passkeys, Clock clock) {
		this.clock = clock;
		this.users = users;
		this.secondFactors = secondFactors;
		this.setup = setup;
		this.signInSession = signInSession;
		this.passkeyUsers = passkeyUsers;
		this.passkeys = passkeys;
	}

	@GetMapping("/login")
	@PublicEndpoint
	String login() {
		if (!this.setup.done()) {
			return "redirect:/setup";
		}
		return "identity/login";
	}

	/** Second step: choose how to prove it is you. */
	@GetMapping("/mfa")
	@PasswordStepOnly
	String secondFactor(Model model) {
		UserAccount user = currentUser();
		if (!user.hasTotp()) {
			return "redirect:/mfa/enrol";
		}
		model.addAttribute("hasPasskeys", hasPasskeys(user.email()));
		return "identity/mfa";
	}

	@GetMapping("/mfa/recovery")
	@PasswordStepOnly
	String recoveryCodeForm() {
		return "identity/mfa-recovery";
	}

	/**
	 * Authenticator set-up, required before any other page. The secret lives in the
	 * session until confirmed.
	 */
	/** The code from the authenticator app that confirms it was set up right. */
	record EnrolForm(String code) {
	}

	@GetMapping("/mfa/enrol")
	@PasswordStepOnly
	String enrolForm(HttpSession session, Model model) {
		UserAccount user = currentUser();
		if (user.hasTotp()) {
			return "redirect:/mfa";
		}
		model.addAttribute("form", new EnrolForm(null));
		return enrolPage(user, session, model);
	}

	@PostMapping("/mfa/enrol")
	@PasswordStepOnly
	String enrol(@ModelAttribute("form") EnrolForm form, BindingResult errors, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UserAccount user = currentUser();
		byte[] secret = (byte[]) session.getAttribute(ENROLMENT_SECRET);
		if (user.hasTotp() || secret == null) {
			return "redirect:/mfa";
		}
		return FormPost.submit(errors, () -> {
			List<String> codes = this.secondFactors.confirmTotp(user, secret, form.code());
			if (codes.isEmpty()) {
				throw InvalidInputException.of("code", "That code did not match. Check the time on your phone is set "
						+ "automatically and try the newest code.");
			}
			return codes;
		}, (codes) -> {
			session.removeAttribute(ENROLMENT_SECRET);
			this.signInSession.addFactor(Factors.TOTP, request, response);
			redirect.addFlashAttribute("recoveryCodes", codes);
			return "redirect:/mfa/recovery-codes";
		}, () -> enrolPage(user, session, model));
	}

	/** The enrolment page; the secret lives in the session until confirmed. */
	private String enrolPage(UserAccount user, HttpSession session, Model model) {
		byte[] secret = (byte[]) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		String uri = Totp.otpauthUri(secret, "Bulwark", user.email());
		model.addAttribute("qrSvg", QrCode.svg(uri, "QR code for your authenticator app"));
		model.addAttribute("secret", Totp.grouped(secret));
		model.addAttribute("otpauthUri", uri);
		return "identity/mfa-enrol";
	}

	/**
	 * Shown once after enrolment or regeneration: the codes are not stored in readable
	 * form.
	 */
	@GetMapping("/mfa/recovery-codes")
	@PasswordStepOnly
	String recoveryCodes(Model model) {
		if (!(model.getAttribute("recoveryCodes") instanceof List<?> codes)) {
			return "redirect:/";
		}
		UserAccount user = currentUser();
		// The practice's local date (UTC for someone without a practice yet).
		ZoneId zone = CurrentActor.find().map(Actor::zone).orElse(ZoneOffset.UTC);
		String date = LocalDate.ofInstant(this.clock.instant(), zone).toString();
		model.addAttribute("recoveryCodesOwner", user.email());
		model.addAttribute("recoveryCodesDate", date);
		model.addAttribute("recoveryCodesFile", RecoveryCodesFile.dataUri(user.email(), date, codes));
		return "identity/recovery-codes";
	}

	private boolean hasPasskeys(String email) {
		PublicKeyCredentialUserEntity entity = this.passkeyUsers.findByUsername(email);
		return entity != null && !this.passkeys.findByUserId(entity.getId()).isEmpty();
	}

	private UserAccount currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return this.users.findByEmail(authentication.getName()).orElseThrow();
	}

}
