package dev.bulwark.policies;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies and plans for scripts and MSP tools, with the same forms as the pages. Input
 * errors and state conflicts are answered by the one API error mapping (400 with errors
 * by field, 409).
 */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies", description = "Policies and plans: versions, approval, publication, acknowledgements")
class PolicyApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Policies policies;

	private final PolicyService service;

	private final EditVersions editVersions;

	PolicyApiController(Policies policies, PolicyService service, EditVersions editVersions) {
		this.policies = policies;
		this.service = service;
		this.editVersions = editVersions;
	}

	@GetMapping
	@Permitted(Permission.POLICIES_READ)
	@Operation(summary = "Documents by title, retired last, 50 per page (page=0, 1, ...; the total is in "
			+ "X-Total-Count); kind=POLICY, CONTINGENCY_PLAN or INCIDENT_RESPONSE_PLAN to filter")
	ResponseEntity<List<DocumentSummary>> list(@RequestParam(required = false) DocumentKind kind,
			@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<DocumentSummary> rows = this.policies.documents(practiceId, kind, page)
			.stream()
			.map(DocumentDetails::summary)
			.toList();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.policies.count(practiceId, kind)))
			.body(rows);
	}

	@PostMapping
	@Permitted(Permission.POLICIES_EDIT)
	@Operation(summary = "Create a policy from a template (templateKey), filled in from the practice's profile, or "
			+ "an outline under a title; the result is draft version 1")
	ResponseEntity<DocumentDetails> create(@Valid @RequestBody AdoptForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.adopt(CurrentActor.get(), form));
	}

	/** A template as the API shows it. */
	record TemplateView(String key, String title, String summary, List<String> citations, boolean adopted) {

	}

	@GetMapping("/templates")
	@Permitted(Permission.POLICIES_READ)
	@Operation(summary = "The policy templates Bulwark ships, with the citations each implements and whether the "
			+ "practice has adopted it")
	List<TemplateView> templates() {
		return this.policies.templates(CurrentActor.practiceId())
			.stream()
			.map((choice) -> new TemplateView(choice.template().key(), choice.template().title(),
					choice.template().summary(), choice.template().citations(), choice.adopted()))
			.toList();
	}

	@GetMapping("/mine")
	@Permitted(Permission.POLICIES_ACKNOWLEDGE)
	@Operation(summary = "The policies the caller has still to acknowledge")
	List<PendingAcknowledgement> mine() {
		Actor actor = CurrentActor.get();
		return this.policies.pendingAcknowledgements(actor.practiceId(), actor.userId());
	}

	@GetMapping("/acknowledgements")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Where one person (person=user id) stands with every policy in effect")
	List<AcknowledgementStatus> acknowledgementsOf(@RequestParam(required = false) UUID person) {
		if (person == null) {
			throw InvalidInputException.of("person", "Say whose acknowledgements to list.");
		}
		return this.policies.acknowledgementStatusOf(CurrentActor.practiceId(), person);
	}

	@GetMapping("/{id}")
	@Permitted(Permission.POLICIES_READ)
	@Operation(summary = "One document with all its versions, newest first")
	DocumentDetails read(@PathVariable UUID id) {
		return this.policies.document(CurrentActor.practiceId(), id);
	}

	@GetMapping("/{id}/compare")
	@Permitted(Permission.POLICIES_READ)
	@Operation(summary = "What changed between two versions (from, to: version ids), line by line and word by word")
	VersionDiff compare(@PathVariable UUID id, @RequestParam(required = false) UUID from,
			@RequestParam(required = false) UUID to) {
		return this.policies.compare(CurrentActor.practiceId(), id, from, to);
	}

	@PostMapping("/{id}/versions")
	@Permitted(Permission.POLICIES_EDIT)
	@Operation(summary = "Start the next version as a draft, with the given text or a copy of the version in effect; "
			+ "409 while another version is unpublished")
	ResponseEntity<DocumentDetails> startVersion(@PathVariable UUID id, @Valid @RequestBody NewVersionForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.startVersion(CurrentActor.get(), id, form));
	}

	@PutMapping("/{id}/versions/{versionId}")
	@Permitted(Permission.POLICIES_EDIT)
	@Operation(summary = "Change a draft's text, change note and the document's title; 409 unless it is a draft")
	DocumentDetails changeDraft(@PathVariable UUID id, @PathVariable UUID versionId, @Valid @RequestBody DraftForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletResponse response) {
		DocumentDetails document = this.editVersions.edit("pol_version", "draft", CurrentActor.practiceId(), versionId,
				EditVersions.fromIfMatch(ifMatch),
				() -> this.service.changeDraft(CurrentActor.get(), id, versionId, form));
		this.editVersions.current("pol_version", CurrentActor.practiceId(), versionId)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return document;
	}

	@PostMapping("/{id}/versions/{versionId}/approve")
	@Permitted(Permission.POLICIES_APPROVE)
	@Operation(summary = "Approve a draft (approverName, approvedOn); 409 unless it is a draft")
	DocumentDetails approve(@PathVariable UUID id, @PathVariable UUID versionId, @Valid @RequestBody ApproveForm form) {
		return this.service.approve(CurrentActor.get(), id, versionId, form);
	}

	@PostMapping("/{id}/versions/{versionId}/publish")
	@Permitted(Permission.POLICIES_APPROVE)
	@Operation(summary = "Put an approved version in effect today (significantChange: staff acknowledge again); "
			+ "the version in effect until now is superseded")
	DocumentDetails publish(@PathVariable UUID id, @PathVariable UUID versionId, @Valid @RequestBody PublishForm form) {
		return this.service.publish(CurrentActor.get(), id, versionId, form);
	}

	@DeleteMapping("/{id}/versions/{versionId}")
	@Permitted(Permission.POLICIES_EDIT)
	@Operation(summary = "Discard an unpublished version, or delete one no longer in effect after its six years "
			+ "(409 before, with the date it may be deleted)")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID versionId) {
		this.service.remove(CurrentActor.get(), id, versionId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/retire")
	@Permitted(Permission.POLICIES_APPROVE)
	@Operation(summary = "Retire the whole document: its version in effect is kept six years from today")
	DocumentDetails retire(@PathVariable UUID id) {
		return this.service.retire(CurrentActor.get(), id);
	}

	@GetMapping("/{id}/reviews")
	@Permitted(Permission.POLICIES_READ)
	@Operation(summary = "The document's recorded reviews, newest first")
	List<ReviewRecord> reviews(@PathVariable UUID id) {
		return this.policies.reviews(CurrentActor.practiceId(), id);
	}

	@PostMapping("/{id}/reviews")
	@Permitted(Permission.POLICIES_EDIT)
	@Operation(summary = "Record a periodic review (reviewedOn, changesNeeded, notes); the next is due a year later")
	ResponseEntity<DocumentDetails> review(@PathVariable UUID id, @Valid @RequestBody ReviewForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.review(CurrentActor.get(), id, form));
	}

	@PostMapping("/{id}/acknowledge")
	@Permitted(Permission.POLICIES_ACKNOWLEDGE)
	@Operation(summary = "Acknowledge the version in effect (versionId: the version read); 409 if it is not in "
			+ "effect or was already acknowledged")
	ResponseEntity<AcknowledgementRecord> acknowledge(@PathVariable UUID id, @Valid @RequestBody AcknowledgeForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.acknowledge(CurrentActor.get(), id, form));
	}

	@GetMapping("/{id}/acknowledgements")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Who has and has not acknowledged the version in effect")
	List<AcknowledgementStatus> acknowledgements(@PathVariable UUID id) {
		return this.policies.acknowledgementStatus(CurrentActor.practiceId(), id);
	}

}
