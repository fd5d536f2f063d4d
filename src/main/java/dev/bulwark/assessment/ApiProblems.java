package dev.bulwark.assessment;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem details for the assessment API's own errors: 409 for a frozen assessment or a
 * step out of order, 400 naming the field at fault. Messages are written for people and
 * never carry internals.
 */
final class ApiProblems {

	private ApiProblems() {
	}

	static ResponseEntity<ProblemDetail> conflict(AssessmentConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()));
	}

	static ResponseEntity<ProblemDetail> invalid(AssessmentInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", Map.of(ex.field(), ex.getMessage()));
		return ResponseEntity.badRequest().body(problem);
	}

}
