package dev.bulwark.binder;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit binder for scripts: start an export, poll it, download the ZIP. */
@RestController
@RequestMapping("/api/v1/binder")
@Tag(name = "Audit binder", description = "One ZIP with everything an auditor asks for, and a SHA-256 manifest")
class BinderApiController {

	private final Binders binders;

	BinderApiController(Binders binders) {
		this.binders = binders;
	}

	@PostMapping
	@Permitted(Permission.BINDER_EXPORT)
	@Operation(summary = "Start preparing the binder; answers 202 with the export (status PREPARING) and its "
			+ "address in Location. 409 while another export of the practice is being prepared")
	ResponseEntity<BinderExport> start() {
		BinderExport export = this.binders.start(CurrentActor.get());
		return ResponseEntity.accepted().location(URI.create("/api/v1/binder/" + export.id())).body(export);
	}

	@GetMapping
	@Permitted(Permission.BINDER_EXPORT)
	@Operation(summary = "The ten most recent exports, newest first")
	List<BinderExport> recent() {
		return this.binders.recent(CurrentActor.practiceId());
	}

	@GetMapping("/{id}")
	@Permitted(Permission.BINDER_EXPORT)
	@Operation(summary = "One export: PREPARING, READY (with size and SHA-256), FAILED or EXPIRED")
	BinderExport export(@PathVariable UUID id) {
		return this.binders.export(CurrentActor.practiceId(), id);
	}

	@GetMapping("/{id}/download")
	@Permitted(Permission.BINDER_EXPORT)
	@Operation(summary = "The ZIP of a READY export (kept 24 hours); 409 while preparing, after failing or expiring")
	void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		BinderDownloads.send(this.binders.download(CurrentActor.get(), id), response);
	}

}
