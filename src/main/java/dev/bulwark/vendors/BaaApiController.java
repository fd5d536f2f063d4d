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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A vendor's business associate agreements for scripts and MSP tools. */
@RestController
@RequestMapping("/api/v1/vendors/{id}/baas")
@Tag(name = "Vendors", description = "Vendors, business associates and their agreements")
class BaaApiController {

	private final Vendors vendors;

	BaaApiController(Vendors vendors) {
		this.vendors = vendors;
	}

	@GetMapping
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "The vendor's agreements, newest first, each with its signed documents")
	List<BaaDetails> list(@PathVariable UUID id) {
		return this.vendors.agreements(CurrentActor.practiceId(), id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Record an agreement with its signed copy (multipart: file, effectiveOn, expiresOn, "
			+ "breachWindowDays of at most 60, terms repeated per term key, notes); nothing is saved if anything is "
			+ "refused")
	ResponseEntity<BaaDetails> record(@PathVariable UUID id, @Valid @ModelAttribute BaaUploadForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.vendors.recordAgreement(CurrentActor.get(), id, form));
	}

	@GetMapping("/{baaId}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "One agreement")
	BaaDetails read(@PathVariable UUID id, @PathVariable UUID baaId) {
		return this.vendors.agreement(CurrentActor.practiceId(), id, baaId);
	}

	@PutMapping("/{baaId}")
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Replace an agreement's dates, breach-reporting window, terms and notes")
	BaaDetails update(@PathVariable UUID id, @PathVariable UUID baaId, @Valid @RequestBody BaaForm form) {
		return this.vendors.changeAgreement(CurrentActor.get(), id, baaId, form);
	}

	@GetMapping("/{baaId}/documents/{evidenceId}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "Download a signed document (newest version, or ?version=n); recorded in the audit trail")
	void download(@PathVariable UUID id, @PathVariable UUID baaId, @PathVariable UUID evidenceId,
			@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(this.vendors.openDocument(CurrentActor.get(), id, baaId, evidenceId, version), response);
	}

}
