package dev.bulwark.evidence;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evidence store for scripts and MSP tools. */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Evidence", description = "Encrypted evidence files with versions, kept at least six years")
class EvidenceApiController {

	private final EvidenceStore store;

	EvidenceApiController(EvidenceStore store) {
		this.store = store;
	}

	/**
	 * One page of the evidence list.
	 *
	 * @param items the items, newest first
	 * @param page the page number, from 0
	 * @param pageSize items per page
	 * @param total items matching the filter
	 */
	record EvidencePage(List<EvidenceSummary> items, int page, int pageSize, long total) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.EVIDENCE_EDIT)
	@Operation(summary = "Upload a file as a new evidence item (multipart: file, and optionally title, description, "
			+ "effectiveUntil, ownerType and ownerId to attach it to a record). The type is checked from the content; "
			+ "too large or unknown types answer 400 with errors.file")
	ResponseEntity<EvidenceDetails> upload(@Valid @ModelAttribute UploadForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.store.storeFor(CurrentActor.get(), form.owner(), form.evidence(),
					EvidenceContent.of(form.file())));
	}

	@GetMapping
	@Permitted(Permission.EVIDENCE_READ)
	@Operation(summary = "Evidence items, newest first, 50 per page; filter by q (title, description, file name), "
			+ "ownerType (or none for unattached items) and ownerId")
	EvidencePage list(@ModelAttribute EvidenceFilter filter, @RequestParam(defaultValue = "0") int page) {
		java.util.UUID practiceId = CurrentActor.practiceId();
		List<EvidenceSummary> items = this.store.list(practiceId, filter, page);
		return new EvidencePage(items, page, EvidenceRepository.PAGE_SIZE, this.store.count(practiceId, filter));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.EVIDENCE_READ)
	@Operation(summary = "One item with every version (checksums included) and the records it is attached to")
	EvidenceDetails read(@PathVariable UUID id) {
		return this.store.details(CurrentActor.practiceId(), id);
	}

	@GetMapping("/{id}/content")
	@Permitted(Permission.EVIDENCE_READ)
	@Operation(summary = "Download the newest version, or ?version=n; recorded in the audit trail. The content is "
			+ "checked against its SHA-256 checksum first (also sent as Repr-Digest); a damaged file answers 409")
	void download(@PathVariable UUID id, @RequestParam(required = false) Integer version, HttpServletResponse response)
			throws IOException {
		EvidenceDownloads.send(this.store.open(CurrentActor.get(), id, version), response);
	}

	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Permitted(Permission.EVIDENCE_EDIT)
	@Operation(summary = "Upload a new version (multipart: file, note); earlier versions are kept")
	ResponseEntity<EvidenceDetails> addVersion(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form) {
		// Another practice's item is not found, whatever was sent with it.
		this.store.details(CurrentActor.practiceId(), id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.store.addVersion(CurrentActor.get(), id, EvidenceContent.of(form.file()), form.note()));
	}

	@PutMapping("/{id}")
	@Permitted(Permission.EVIDENCE_EDIT)
	@Operation(summary = "Change the title, description and effective-until date; the retention date never moves "
			+ "earlier")
	EvidenceDetails update(@PathVariable UUID id, @Valid @RequestBody EvidenceForm form) {
		return this.store.update(CurrentActor.get(), id, form);
	}

	@PostMapping("/{id}/links")
	@Permitted(Permission.EVIDENCE_EDIT)
	@Operation(summary = "Attach the item to a record: {\"ownerType\": \"vendor\", \"ownerId\": \"...\"}")
	EvidenceDetails attach(@PathVariable UUID id, @Valid @RequestBody LinkForm form) {
		this.store.attach(CurrentActor.get(), id, form.owner());
		return this.store.details(CurrentActor.practiceId(), id);
	}

	@DeleteMapping("/{id}/links")
	@Permitted(Permission.EVIDENCE_EDIT)
	@Operation(summary = "Detach the item from a record (?ownerType=...&ownerId=...); the item is kept")
	ResponseEntity<Void> detach(@PathVariable UUID id, @Valid @ModelAttribute LinkForm form) {
		this.store.detach(CurrentActor.get(), id, form.owner());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}")
	@Permitted(Permission.EVIDENCE_DELETE)
	@Operation(summary = "Delete an item with all its versions; 409 until its retention date has passed")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.store.delete(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

}
