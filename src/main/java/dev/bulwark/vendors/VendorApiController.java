package dev.bulwark.vendors;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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

/**
 * The vendor register for scripts and MSP tools. Input errors and state conflicts are
 * answered by the one API error mapping (400 with errors by field, 409).
 */
@RestController
@RequestMapping("/api/v1/vendors")
@Tag(name = "Vendors", description = "Vendors, business associates and their agreements")
class VendorApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Vendors vendors;

	private final EditVersions editVersions;

	VendorApiController(Vendors vendors, EditVersions editVersions) {
		this.vendors = vendors;
		this.editVersions = editVersions;
	}

	@GetMapping
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "Vendors by name, 50 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<VendorSummary>> list(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<VendorSummary> rows = this.vendors.vendors(practiceId, page);
		return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(this.vendors.count(practiceId))).body(rows);
	}

	@PostMapping
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Add a vendor; name and riskTier are required. createsPhi, receivesPhi, maintainsPhi, "
			+ "transmitsPhi and conduit decide whether it is a business associate")
	ResponseEntity<VendorDetails> create(@Valid @RequestBody VendorForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.vendors.add(CurrentActor.get(), form));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.VENDORS_READ)
	@Operation(summary = "One vendor; its ETag is the version to send back as If-Match when changing it")
	VendorDetails read(@PathVariable UUID id, HttpServletResponse response) {
		VendorDetails vendor = this.vendors.vendor(CurrentActor.practiceId(), id);
		this.editVersions.current("vnd_vendor", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return vendor;
	}

	@PutMapping("/{id}")
	@Permitted(Permission.VENDORS_EDIT)
	@Operation(summary = "Replace a vendor's details; with If-Match, 409 if someone else changed it since")
	VendorDetails update(@PathVariable UUID id, @Valid @RequestBody VendorForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletResponse response) {
		VendorDetails vendor = this.editVersions.edit("vnd_vendor", "vendor", CurrentActor.practiceId(), id,
				EditVersions.fromIfMatch(ifMatch), () -> this.vendors.change(CurrentActor.get(), id, form));
		this.editVersions.current("vnd_vendor", CurrentActor.practiceId(), id)
			.ifPresent((version) -> response.setHeader("ETag", EditVersions.etag(version)));
		return vendor;
	}

}
