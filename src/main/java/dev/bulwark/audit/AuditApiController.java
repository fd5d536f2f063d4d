package dev.bulwark.audit;

import java.util.List;
import java.util.UUID;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import dev.bulwark.shared.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the practice's audit trail for scripts (security officer and auditor
 * tokens).
 */
@RestController
@RequestMapping("/api/v1/audit-entries")
@Tag(name = "Audit trail", description = "The practice's tamper-evident audit trail")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Permitted(Permission.AUDIT_READ)
	@Operation(
			summary = "Audit entries, newest first, 50 per page (page=0, 1, ...; the total is in X-Total-Count); filter "
					+ "by from/to (dates), action, actor, objectType")
	ResponseEntity<List<AuditEntry>> list(@ModelAttribute AuditFilter filter,
			@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<AuditEntry> rows = this.trail.search(practiceId, filter, page);
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(this.trail.count(practiceId, filter)))
			.body(rows);
	}

}
