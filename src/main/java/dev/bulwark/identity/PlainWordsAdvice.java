package dev.bulwark.identity;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.PlainWords;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code words} in every page's model: plain words, or the auditor view when the
 * signed-in person switched on "Show auditor details" (read with their account on every
 * request by {@link PracticeContextFilter}). Pages outside a session read plain words.
 */
@ControllerAdvice(annotations = Controller.class)
class PlainWordsAdvice {

	private final UserAccountRepository users;

	PlainWordsAdvice(UserAccountRepository users) {
		this.users = users;
	}

	@ModelAttribute("words")
	PlainWords words(HttpServletRequest request) {
		if (request.getAttribute(PracticeContextFilter.AUDITOR_VIEW_ATTRIBUTE) instanceof Boolean auditor
				&& CurrentActor.find().isPresent()) {
			return PlainWords.of(auditor);
		}
		return CurrentActor.find()
			.map((actor) -> PlainWords.of(this.users.auditorView(actor.userId())))
			.orElse(PlainWords.PLAIN);
	}

	/**
	 * Where the footer's switch returns to: this page, when it can be shown again by
	 * address (a GET); the account page otherwise (a form shown again with its errors).
	 */
	@ModelAttribute("auditorToggleBack")
	String back(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return "/account";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
	}

}
