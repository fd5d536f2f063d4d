package dev.bulwark.inventory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The asset inventory for scripts and MSP tools. Input errors and state conflicts are
 * answered by the one API error mapping (400 with errors by field, 409).
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets", description = "The practice's technology asset inventory")
class AssetApiController {

	/** The header that carries a list's total when the body is one page of it. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private final Inventory inventory;

	private final AssetService assets;

	private final EditVersions editVersions;

	AssetApiController(Inventory inventory, AssetService assets, EditVersions editVersions) {
		this.inventory = inventory;
		this.assets = assets;
		this.editVersions = editVersions;
	}

	@GetMapping
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Assets by name, 100 per page (page=0, 1, ...; the total is in X-Total-Count); filter by "
			+ "kind, ephi (yes/no), encryption, segment, status (disposed ones only when asked for) and q (search)")
	ResponseEntity<List<AssetSummary>> list(@ModelAttribute AssetFilter filter,
			@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<AssetSummary> rows = this.inventory.assets(practiceId, filter, page);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.inventory.countAssets(practiceId, filter)))
			.body(rows);
	}

	@PostMapping
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Record an asset; only name and kind are required")
	ResponseEntity<AssetDetails> create(@Valid @RequestBody AssetForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.assets.add(CurrentActor.get(), form));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "One asset; its ETag is the version to send back as If-Match when changing it")
	AssetDetails read(@PathVariable UUID id, HttpServletResponse response) {
		AssetDetails asset = this.inventory.asset(CurrentActor.practiceId(), id);
		this.editVersions.current("inv_asset", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return asset;
	}

	@PutMapping("/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Replace an asset's details (use retire to dispose of it); with If-Match, 409 if someone "
			+ "else changed it since")
	AssetDetails update(@PathVariable UUID id, @Valid @RequestBody AssetForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletResponse response) {
		AssetDetails asset = this.editVersions.edit("inv_asset", "asset", CurrentActor.practiceId(), id,
				EditVersions.fromIfMatch(ifMatch), () -> this.assets.change(CurrentActor.get(), id, form));
		this.editVersions.current("inv_asset", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return asset;
	}

	@PostMapping("/{id}/retire")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Retire an asset with its disposal record (date, method, by whom); 409 if already disposed of")
	AssetDetails retire(@PathVariable UUID id, @Valid @RequestBody RetireForm form) {
		return this.assets.dispose(CurrentActor.get(), id, form);
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Import assets from CSV as UTF-8 text (header row required). Nothing is saved if any row is "
			+ "rejected, unless validOnly=true; the answer lists rejected rows with line numbers (422 when nothing was "
			+ "saved)")
	ResponseEntity<ImportResult> importCsv(@RequestParam(defaultValue = "false") boolean validOnly,
			HttpServletRequest request) throws IOException {
		try (Reader reader = AssetCsv.reader(request.getInputStream())) {
			ImportResult result = this.assets.importCsv(CurrentActor.get(), reader, validOnly);
			return ResponseEntity.status(result.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(result);
		}
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "The whole inventory as CSV, in the import format (recorded in the audit trail)")
	void export(HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bulwark-inventory-" + this.assets.today(actor) + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.assets.exportCsv(actor, writer);
		writer.flush();
	}

}
