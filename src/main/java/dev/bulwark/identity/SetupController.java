package dev.bulwark.identity;

import dev.bulwark.shared.PublicEndpoint;
import dev.bulwark.shared.TimeZones;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** First-run set-up in the browser. */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	private final SetupCode setupCode;

	private final SignInSession signInSession;

	SetupController(FirstRunSetup setup, SetupCode setupCode, SignInSession signInSession) {
		this.setup = setup;
		this.setupCode = setupCode;
		this.signInSession = signInSession;
	}

	/**
	 * @param timeZone the practice's time zone; the server's is preselected (and the
	 * browser's, by {@code js/time-zone.js}, when the page is first shown)
	 */
	record SetupForm(String practiceName, String timeZone, String name, String email, String password,
			String confirmPassword, String setupCode) {
	}

	@GetMapping("/setup")
	@PublicEndpoint
	String form(HttpServletRequest request, Model model) {
		if (this.setup.done()) {
			return "redirect:/login";
		}
		model.addAttribute("form", new SetupForm("", TimeZones.serverDefault().getId(), "", "", "", "", ""));
		// Only on the first showing: after an error the form keeps what the person chose.
		model.addAttribute("preselectBrowserZone", true);
		return page(request, model);
	}

	private String page(HttpServletRequest request, Model model) {
		model.addAttribute("needsCode", !this.setupCode.fromLoopback(request));
		model.addAttribute("timeZones", TimeZones.choices(TimeZones.serverDefault()));
		return "identity/setup";
	}

	@PostMapping("/setup")
	@PublicEndpoint
	String submit(@ModelAttribute("form") SetupForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.setup.done()) {
			return "redirect:/login";
		}
		if (!this.setupCode.mayRunSetup(request, form.setupCode())) {
			errors.rejectValue("setupCode", "code",
					"Enter the set-up code printed in the server's log when Bulwark started.");
			return page(request, model);
		}
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
			return page(request, model);
		}
		try {
			FirstRunSetup.Result result = this.setup.run(form.practiceName(), form.timeZone(), form.name(),
					form.email(), form.password());
			this.signInSession.passwordOnly(result.email(), request, response);
			return "redirect:/mfa/enrol";
		}
		catch (AccountException ex) {
			ex.reportTo(errors);
			return page(request, model);
		}
	}

}
