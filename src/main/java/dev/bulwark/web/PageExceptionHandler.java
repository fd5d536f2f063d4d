package dev.bulwark.web;

import java.util.UUID;

import dev.bulwark.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Error pages for the browser application: plain words, a way back, and never the
 * exception's text.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Page error {} on {} {}: {} at {}", reference, request.getMethod(),
				LogSafe.path(request.getRequestURI()), ex.getClass().getName(),
				ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		model.addAttribute("status", 500);
		model.addAttribute("reference", reference);
		return "error";
	}

}
