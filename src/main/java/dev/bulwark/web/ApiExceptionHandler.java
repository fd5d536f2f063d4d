package dev.bulwark.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON API errors as RFC 9457 problem details. The detail is always a message written for
 * the caller, never an exception's own text (which could reveal internals or data);
 * unexpected errors get a reference id that also appears in the server log.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound() {
		return problem(HttpStatus.NOT_FOUND, "No such record in your practice.", null);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
		return problem(HttpStatus.BAD_REQUEST, "Some fields are not valid.", errors);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
		// Our own domain code throws IllegalArgumentException with messages meant for
		// people.
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), null);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> unreadable() {
		return problem(HttpStatus.BAD_REQUEST, "The request body or a parameter could not be read.", null);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		// Let Spring Security's entry point and access-denied handler answer 401/403.
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("API error {} on {} {}: {} at {}", reference, request.getMethod(),
				LogSafe.path(request.getRequestURI()), ex.getClass().getName(),
				ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong. Reference " + reference + ".", null);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

}
