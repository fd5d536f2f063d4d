package dev.bulwark.vendors;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business associate's safeguards verifications (proposed rule) and material breaches
 * for scripts and MSP tools.
 */
@RestController
@Tag(name = "Vendors", description = "Vendors, business associates and their agreements")
class OversightApiController {

	private final Vendors vendors;

	OversightApiController(Vendors vendors) {
		this.vendors = vendors;
	}

	@GetMapping("/api/v1/vendors/{id}/verifications")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "The vendor's written verifications of its technical safeguards (proposed rule, not in "
			+ "force), newest first, each with its score, next due date and certification")
	List<VerificationDetails> verifications(@PathVariable UUID id) {
		return this.vendors.verifications(CurrentActor.practiceId(), id);
	}

	@PostMapping(path = "/api/v1/vendors/{id}/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Record a verification (multipart: file = the vendor's written certification, verifiedOn, "
			+ "completedBy VENDOR or PRACTICE, answers[<question key>] = YES, PARTLY, NO or NOT_APPLICABLE for every "
			+ "question, notes); nothing is saved if anything is refused")
	ResponseEntity<VerificationDetails> recordVerification(@PathVariable UUID id,
			@Valid @ModelAttribute VerificationForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.vendors.recordVerification(CurrentActor.get(), id, form));
	}

	@GetMapping("/api/v1/vendors/{id}/verifications/{verificationId}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "One verification")
	VerificationDetails verification(@PathVariable UUID id, @PathVariable UUID verificationId) {
		return this.vendors.verification(CurrentActor.practiceId(), id, verificationId);
	}

	@GetMapping("/api/v1/vendors/{id}/verifications/{verificationId}/documents/{evidenceId}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "Download a verification's certification (newest version, or ?version=n); recorded in the "
			+ "audit trail")
	void download(@PathVariable UUID id, @PathVariable UUID verificationId, @PathVariable UUID evidenceId,
			@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(
				this.vendors.openVerificationDocument(CurrentActor.get(), id, verificationId, evidenceId, version),
				response);
	}

	@GetMapping("/api/v1/vendors/{id}/material-breaches")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "The vendor's material breaches and the steps taken, newest first")
	List<MaterialBreachDetails> breaches(@PathVariable UUID id) {
		return this.vendors.breaches(CurrentActor.practiceId(), id);
	}

	@PostMapping("/api/v1/vendors/{id}/material-breaches")
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Record a pattern of activity or practice that is a material breach of the agreement, with "
			+ "the steps taken to cure it or end the violation (outcome CURING, CURED, TERMINATED or "
			+ "TERMINATION_NOT_FEASIBLE)")
	ResponseEntity<MaterialBreachDetails> recordBreach(@PathVariable UUID id,
			@Valid @RequestBody MaterialBreachForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.vendors.recordBreach(CurrentActor.get(), id, form));
	}

	@GetMapping("/api/v1/vendors/{id}/material-breaches/{breachId}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "One material breach")
	MaterialBreachDetails breach(@PathVariable UUID id, @PathVariable UUID breachId) {
		return this.vendors.breach(CurrentActor.practiceId(), id, breachId);
	}

	@PutMapping("/api/v1/vendors/{id}/material-breaches/{breachId}")
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Bring a material breach's record up to date")
	MaterialBreachDetails changeBreach(@PathVariable UUID id, @PathVariable UUID breachId,
			@Valid @RequestBody MaterialBreachForm form) {
		return this.vendors.changeBreach(CurrentActor.get(), id, breachId, form);
	}

}
