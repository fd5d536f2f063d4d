package dev.bulwark.identity;

import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.TimeZones;
import dev.bulwark.shared.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * First-run set-up in the browser. Every field's problem is shown at once, and the
 * passwords stay typed in unless a problem is about them.
 */
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

	record SetupForm(String practiceName, String timeZone, String name, String email, String password,
			String confirmPassword, String setupCode) {
	}

	@GetMapping("/setup")
	@PublicEndpoint
	String form(HttpServletRequest request, Model model) {
		if (this.setup.done()) {
			return "redirect:/login";
		}
		model.addAttribute("form",
				new SetupForm(null, TimeZones.serverDefault().getId(), null, null, null, null, null));
		// Only on the first showing: after an error the form keeps what the person chose.
		model.addAttribute("preselectBrowserZone", true);
		return page(request, model);
	}

	@PostMapping("/setup")
	@PublicEndpoint
	String submit(@ModelAttribute("form") SetupForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.setup.done()) {
			return "redirect:/login";
		}
		boolean mayRun = this.setupCode.mayRunSetup(request, form.setupCode());
		return FormPost.submit(errors,
				() -> this.setup
					.run(new FirstRunSetup.Request(form.practiceName(), form.timeZone(), form.name(), form.email(),
							form.password(), form.confirmPassword() == null ? "" : form.confirmPassword(), mayRun)),
				(result) -> {
					this.signInSession.passwordOnly(result.email(), request, response);
					return "redirect:/mfa/enrol";
				}, () -> page(request, model));
	}

	private String page(HttpServletRequest request, Model model) {
		model.addAttribute("needsCode", !this.setupCode.fromLoopback(request));
		model.addAttribute("timeZones", TimeZones.choices(TimeZones.serverDefault()));
		return "identity/setup";
	}

}
