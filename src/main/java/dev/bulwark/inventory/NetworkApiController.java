package dev.bulwark.inventory;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data flows, network segments and inventory findings for scripts and MSP tools. Lists
 * answer one page as a JSON array with the total in {@code X-Total-Count}; input errors
 * are answered by the one API error mapping.
 */
@RestController
@Tag(name = "Data flows and networks", description = "ePHI data flows, network segments and inventory findings")
class NetworkApiController {

	private final Inventory inventory;

	private final NetworkService network;

	NetworkApiController(Inventory inventory, NetworkService network) {
		this.inventory = inventory;
		this.network = network;
	}

	@GetMapping("/api/v1/data-flows")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Data flows of ePHI, 100 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<DataFlowDetails>> flows(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<DataFlowDetails> rows = this.inventory.dataFlows(practiceId, page);
		return ResponseEntity.ok()
			.header(AssetApiController.TOTAL_COUNT, String.valueOf(this.inventory.countDataFlows(practiceId)))
			.body(rows);
	}

	@PostMapping("/api/v1/data-flows")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Record a data flow; each end is an asset (type ASSET with assetId) or a named party")
	ResponseEntity<DataFlowDetails> createFlow(@Valid @RequestBody DataFlowForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.network.addFlow(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/data-flows/{id}")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "One data flow")
	DataFlowDetails flow(@PathVariable UUID id) {
		return this.inventory.dataFlow(CurrentActor.practiceId(), id);
	}

	@PutMapping("/api/v1/data-flows/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Replace a data flow")
	DataFlowDetails updateFlow(@PathVariable UUID id, @Valid @RequestBody DataFlowForm form) {
		return this.network.changeFlow(CurrentActor.get(), id, form);
	}

	@DeleteMapping("/api/v1/data-flows/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Delete a data flow")
	ResponseEntity<Void> deleteFlow(@PathVariable UUID id) {
		this.network.deleteFlow(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/network-segments")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Network segments with their number of active assets, 100 per page (page=0, 1, ...; "
			+ "the total is in X-Total-Count)")
	ResponseEntity<List<NetworkSegmentDetails>> segments(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<NetworkSegmentDetails> rows = this.inventory.networkSegments(practiceId, page);
		return ResponseEntity.ok()
			.header(AssetApiController.TOTAL_COUNT, String.valueOf(this.inventory.countNetworkSegments(practiceId)))
			.body(rows);
	}

	@PostMapping("/api/v1/network-segments")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Record a network segment")
	ResponseEntity<NetworkSegmentDetails> createSegment(@Valid @RequestBody NetworkSegmentForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.network.addSegment(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/network-segments/{id}")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "One network segment")
	NetworkSegmentDetails segment(@PathVariable UUID id) {
		return this.inventory.networkSegment(CurrentActor.practiceId(), id);
	}

	@PutMapping("/api/v1/network-segments/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Replace a network segment")
	NetworkSegmentDetails updateSegment(@PathVariable UUID id, @Valid @RequestBody NetworkSegmentForm form) {
		return this.network.changeSegment(CurrentActor.get(), id, form);
	}

	@DeleteMapping("/api/v1/network-segments/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Delete a network segment; its assets are left without one")
	ResponseEntity<Void> deleteSegment(@PathVariable UUID id) {
		this.network.deleteSegment(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/findings")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Inventory findings with their citations (status OPEN by default, or RESOLVED), rule in force "
			+ "first, 50 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<InventoryFinding>> findings(@RequestParam(defaultValue = "OPEN") FindingStatus status,
			@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<InventoryFinding> rows = this.inventory.findings(practiceId, status, page);
		return ResponseEntity.ok()
			.header(AssetApiController.TOTAL_COUNT, String.valueOf(this.inventory.countFindings(practiceId, status)))
			.body(rows);
	}

}
