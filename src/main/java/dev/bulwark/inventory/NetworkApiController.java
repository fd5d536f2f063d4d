package dev.bulwark.inventory;

import java.util.List;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
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

/** Data flows, network segments and inventory findings for scripts and MSP tools. */
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
	@Operation(summary = "Every data flow of ePHI")
	List<DataFlowDetails> flows() {
		return this.inventory.dataFlows(CurrentActor.practiceId());
	}

	@PostMapping("/api/v1/data-flows")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Record a data flow; each end is an asset (type ASSET with assetId) or a named party")
	ResponseEntity<DataFlowDetails> createFlow(@Valid @RequestBody DataFlowForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.network.createFlow(CurrentActor.practiceId(), form));
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
		return this.network.updateFlow(CurrentActor.practiceId(), id, form);
	}

	@DeleteMapping("/api/v1/data-flows/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Delete a data flow")
	ResponseEntity<Void> deleteFlow(@PathVariable UUID id) {
		this.network.deleteFlow(CurrentActor.practiceId(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/network-segments")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Every network segment with its number of active assets")
	List<NetworkSegmentDetails> segments() {
		return this.inventory.networkSegments(CurrentActor.practiceId());
	}

	@PostMapping("/api/v1/network-segments")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Record a network segment")
	ResponseEntity<NetworkSegmentDetails> createSegment(@Valid @RequestBody NetworkSegmentForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.network.createSegment(CurrentActor.practiceId(), form));
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
		return this.network.updateSegment(CurrentActor.practiceId(), id, form);
	}

	@DeleteMapping("/api/v1/network-segments/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	@Operation(summary = "Delete a network segment; its assets are left without one")
	ResponseEntity<Void> deleteSegment(@PathVariable UUID id) {
		this.network.deleteSegment(CurrentActor.practiceId(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/findings")
	@Permitted(Permission.INVENTORY_READ)
	@Operation(summary = "Inventory findings with their citations (status OPEN by default, or RESOLVED)")
	List<InventoryFinding> findings(@RequestParam(defaultValue = "OPEN") FindingStatus status) {
		return this.inventory.findings(CurrentActor.practiceId(), status);
	}

}
