package dev.bulwark.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.LogSafe;
import dev.bulwark.shared.BusyException;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one error mapping, as RFC 9457 problem details. The detail is always written
 * for the caller, never an exception's own text (which could reveal internals or data):
 * <ul>
 * <li>{@link InvalidInputException}, bean validation and unreadable values: 400 with
 * {@code errors} by field;</li>
 * <li>{@link StateConflictException} and concurrent changes: 409;</li>
 * <li>{@link NotFoundException}: 404, the same for another practice's record;</li>
 * <li>an upload over the multipart limit: 413 with the limit, under
 * {@code errors.file};</li>
 * <li>Spring MVC's own failures (wrong media type, method, missing parameter): their
 * status with a fixed message;</li>
 * <li>anything else: 500 with a reference that is also in the log.</li>
 * </ul>
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final String maxUploadSize;

	ApiExceptionHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxUploadSize) {
		this.maxUploadSize = maxUploadSize;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound() {
		return problem(HttpStatus.NOT_FOUND, "No such record in your practice.", null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		Map<String, String> errors = ex.errors();
		String detail = errors.size() == 1 ? errors.values().iterator().next() : "Some fields are not valid.";
		return problem(HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler(StateConflictException.class)
	ResponseEntity<ProblemDetail> conflict(StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), null);
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex, HttpServletRequest request) {
		log.warn("API conflict on {} {}: {}", request.getMethod(), LogSafe.path(request.getRequestURI()),
				LogSafe.describe(ex));
		return problem(HttpStatus.CONFLICT,
				"Someone else changed this at the same moment, or it already exists. Reload it and try again.", null);
	}

	@ExceptionHandler(BusyException.class)
	ResponseEntity<ProblemDetail> busy(BusyException ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), null);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(ex.retryAfterSeconds()))
			.body(answer.getBody());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The parameter \"" + ex.getName() + "\" has a value that is not valid.",
				Map.of(ex.getName(), "This value is not valid here."));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		// Let Spring Security's entry point and access-denied handler answer 401/403.
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("API error {} on {} {}: {}", reference, request.getMethod(), LogSafe.path(request.getRequestURI()),
				LogSafe.describe(ex));
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong. Reference " + reference + ".", null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(problem(HttpStatus.BAD_REQUEST, "Some fields are not valid.", errors(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors.putIfAbsent((name != null) ? name : "", error.getDefaultMessage()));
		});
		return asObject(problem(HttpStatus.BAD_REQUEST, "Some values are not valid.", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		DatabindException databind = cause(ex, DatabindException.class);
		String message = "This value could not be read.";
		if (databind != null && (EdgeValuesModule.NUL_MESSAGE.equals(databind.getOriginalMessage())
				|| EdgeValuesModule.DATE_MESSAGE.equals(databind.getOriginalMessage()))) {
			message = databind.getOriginalMessage();
		}
		String field = (databind != null) ? field(databind) : "";
		if (!field.isEmpty()) {
			return asObject(problem(HttpStatus.BAD_REQUEST, "The field \"" + field + "\" could not be read: " + message,
					Map.of(field, message)));
		}
		return asObject(problem(HttpStatus.BAD_REQUEST,
				"The request body could not be read. Send JSON (Content-Type: application/json) as described at /v3/api-docs.",
				null));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(tooLarge());
	}

	/**
	 * Tomcat refuses a multipart body over the limit unread and reports it on the first
	 * parameter read, as its own exception.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException ex) {
		if (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			return tooLarge();
		}
		return problem(HttpStatus.BAD_REQUEST, "The request's parameters could not be read.", null);
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		String message = "The file is larger than this server accepts (" + this.maxUploadSize + ").";
		return problem(HttpStatus.CONTENT_TOO_LARGE, message, Map.of("file", message));
	}

	/** Every other Spring MVC failure: its status, with a fixed message in our words. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		String detail = (status.value() == 413) ? "The request is too large." : switch (status) {
			case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as JSON (Content-Type: application/json).";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			case NOT_ACCEPTABLE -> "This address answers in JSON only.";
			case NOT_FOUND -> "There is no such address in the API.";
			case BAD_REQUEST -> "The request is missing a value or has one that is not valid.";
			default -> status.is5xxServerError() ? "Something went wrong." : "The request could not be handled.";
		};
		ResponseEntity<ProblemDetail> problem = problem(status, detail, null);
		return ResponseEntity.status(status).headers(headers).body(problem.getBody());
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(),
					error.isBindingFailure() ? "This value is not valid here." : error.getDefaultMessage());
		}
		result.getGlobalErrors().forEach((error) -> errors.putIfAbsent("", error.getDefaultMessage()));
		return errors;
	}

	private static String field(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

}
