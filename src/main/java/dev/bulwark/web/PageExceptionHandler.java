package dev.bulwark.web;

import java.util.UUID;

import dev.bulwark.shared.LogSafe;
import dev.bulwark.shared.BusyException;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The pages' one error mapping: plain words, a way back, and never the exception's text.
 * Form POSTs show their own errors next to the fields through
 * {@link dev.bulwark.shared.FormPost}; what reaches this class is what no form could
 * show:
 * <ul>
 * <li>a record that is not the practice's, or an address that does not exist (also one
 * whose record id is not an id at all): 404;</li>
 * <li>an edited address (a value of the wrong type, an unknown choice, a page number out
 * of range) or {@link InvalidInputException} outside a form: 400 with its message;</li>
 * <li>{@link StateConflictException}: 409 with its message;</li>
 * <li>an upload over the multipart limit: 413 with the limit;</li>
 * <li>anything else: 500 with a reference that is also in the log (without message
 * text).</li>
 * </ul>
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final String maxUploadSize;

	PageExceptionHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxUploadSize) {
		this.maxUploadSize = maxUploadSize;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	String notFound(HttpServletResponse response, Model model) {
		return page(response, model, 404, null);
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalidInput(InvalidInputException ex, HttpServletResponse response, Model model) {
		return page(response, model, 400, String.join(" ", ex.errors().values()));
	}

	@ExceptionHandler({ TypeMismatchException.class, BindException.class,
			MissingServletRequestParameterException.class })
	String unreadable(Exception ex, HttpServletResponse response, Model model) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			// A mistyped address (".../assessments/undefined/profile"): no such page.
			return page(response, model, 404, null);
		}
		return page(response, model, 400,
				"The address or the form has a value that is not valid here. Go back and use the links and "
						+ "choices offered.");
	}

	@ExceptionHandler(StateConflictException.class)
	String conflict(StateConflictException ex, HttpServletResponse response, Model model) {
		return page(response, model, 409, ex.getMessage());
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	String concurrentChange(RuntimeException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		log.warn("Page conflict on {} {}: {}", request.getMethod(), LogSafe.path(request.getRequestURI()),
				LogSafe.describe(ex));
		return page(response, model, 409,
				"Someone else changed this at the same moment, or it already exists. Reload the page and try again.");
	}

	@ExceptionHandler(BusyException.class)
	String busy(BusyException ex, HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", Integer.toString(ex.retryAfterSeconds()));
		return page(response, model, 503, ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		return page(response, model, 413, "The file is larger than this server accepts (" + this.maxUploadSize
				+ "). Go back and choose a smaller file.");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (ex instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
			// Spring MVC's own refusals (wrong method, unsupported media type): their
			// status, our words.
			return page(response, model, spring.getStatusCode().value(), null);
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Page error {} on {} {}: {}", reference, request.getMethod(), LogSafe.path(request.getRequestURI()),
				LogSafe.describe(ex));
		model.addAttribute("reference", reference);
		return page(response, model, 500, null);
	}

	private static String page(HttpServletResponse response, Model model, int status, String message) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("problem", message);
		return "error";
	}

}
