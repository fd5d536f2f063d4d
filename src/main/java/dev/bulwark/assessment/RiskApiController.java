package dev.bulwark.assessment;

import java.net.URI;
import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The risk register for scripts and MSP tooling. */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risk register", description = "Risks with their ratings, treatment, owner, due date and tasks")
class RiskApiController {

	private final Risks risks;

	private final EditVersions editVersions;

	RiskApiController(Risks risks, EditVersions editVersions) {
		this.risks = risks;
		this.editVersions = editVersions;
	}

	@GetMapping
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(
			summary = "List risks, highest level first, 100 per page (page=0, 1, ...; the total is in X-Total-Count)",
			description = "By default the current register's proposed, open and accepted risks. Filter by assessmentId "
					+ "(that assessment's register, as signed off once signed off), level, status, ownerId; all=true "
					+ "includes closed and withdrawn risks. The read is audited.")
	ResponseEntity<List<RiskDetails>> list(@RequestParam(required = false) @Nullable UUID assessmentId,
			@RequestParam(required = false) @Nullable RiskLevel level,
			@RequestParam(required = false) @Nullable RiskStatus status,
			@RequestParam(required = false) @Nullable UUID ownerId, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page) {
		Paging.check(page);
		List<RiskDetails> risks = this.risks
			.register(CurrentActor.practiceId(), new RiskFilter(assessmentId, level, status, ownerId, all))
			.risks();
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(risks.size())).body(Risks.page(risks, page));
	}

	@PostMapping
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Add a risk by hand",
			description = "Joins the assessment under way, or the next one. treatment ACCEPT needs the security officer "
					+ "and a justification.")
	ResponseEntity<RiskDetails> create(@Valid @RequestBody RiskForm form) {
		RiskDetails created = this.risks.create(CurrentActor.get(), form);
		return ResponseEntity.created(URI.create("/api/v1/risks/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(summary = "Read a risk with its tasks", description = "The read is audited.")
	RiskDetails read(@PathVariable UUID id, HttpServletResponse response) {
		RiskDetails risk = this.risks.get(CurrentActor.practiceId(), id);
		this.editVersions.current("asm_risk", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return risk;
	}

	@PutMapping("/{id}")
	@Permitted(Permission.ASSESSMENT_EDIT)
	@Operation(summary = "Update a risk",
			description = "Replaces the editable fields. Choosing a treatment confirms a proposed risk; treatment ACCEPT "
					+ "needs the security officer (403 otherwise) and a justification.")
	RiskDetails update(@PathVariable UUID id, @Valid @RequestBody RiskForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletResponse response) {
		RiskDetails risk = this.editVersions.edit("asm_risk", "risk", CurrentActor.practiceId(), id,
				EditVersions.fromIfMatch(ifMatch), () -> this.risks.update(CurrentActor.get(), id, form));
		this.editVersions.current("asm_risk", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return risk;
	}

}
