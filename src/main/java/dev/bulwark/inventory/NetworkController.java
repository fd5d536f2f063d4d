package dev.bulwark.inventory;

import java.util.UUID;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import dev.bulwark.shared.CurrentActor;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Data flows, network segments, findings and the diagram. */
@Controller
@RequestMapping("/inventory")
class NetworkController {

	private final Inventory inventory;

	private final NetworkService network;

	NetworkController(Inventory inventory, NetworkService network) {
		this.inventory = inventory;
		this.network = network;
	}

	// Data flows

	@GetMapping("/flows")
	@Permitted(Permission.INVENTORY_READ)
	String flows(Model model) {
		model.addAttribute("flows", this.inventory.dataFlows(CurrentActor.practiceId()));
		return "inventory/flows";
	}

	@GetMapping("/flows/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String newFlow(Model model) {
		model.addAttribute("form", DataFlowForm.blank());
		return flowForm(model, null);
	}

	@PostMapping("/flows")
	@Permitted(Permission.INVENTORY_EDIT)
	String createFlow(@Valid @ModelAttribute("form") DataFlowForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		Forms.reject(errors, this.network.flowErrors(practiceId, form));
		if (errors.hasErrors()) {
			return flowForm(model, null);
		}
		this.network.createFlow(practiceId, form);
		redirect.addFlashAttribute("message", "The data flow was added.");
		return "redirect:/inventory/flows";
	}

	@GetMapping("/flows/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editFlow(@PathVariable UUID id, Model model) {
		DataFlowDetails flow = this.inventory.dataFlow(CurrentActor.practiceId(), id);
		model.addAttribute("form", DataFlowForm.of(flow));
		return flowForm(model, flow);
	}

	@PostMapping("/flows/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String updateFlow(@PathVariable UUID id, @Valid @ModelAttribute("form") DataFlowForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		DataFlowDetails flow = this.inventory.dataFlow(practiceId, id);
		Forms.reject(errors, this.network.flowErrors(practiceId, form));
		if (errors.hasErrors()) {
			return flowForm(model, flow);
		}
		this.network.updateFlow(practiceId, id, form);
		redirect.addFlashAttribute("message", "The data flow was saved.");
		return "redirect:/inventory/flows";
	}

	@PostMapping("/flows/{id}/delete")
	@Permitted(Permission.INVENTORY_EDIT)
	String deleteFlow(@PathVariable UUID id, RedirectAttributes redirect) {
		this.network.deleteFlow(CurrentActor.practiceId(), id);
		redirect.addFlashAttribute("message", "The data flow was deleted.");
		return "redirect:/inventory/flows";
	}

	private String flowForm(Model model, DataFlowDetails flow) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("flow", flow);
		model.addAttribute("assetChoices", this.inventory.assets(practiceId, AssetFilter.none(), 0));
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("channels", FlowChannel.values());
		model.addAttribute("answers", Answer.values());
		return "inventory/flow-form";
	}

	// Network segments

	@GetMapping("/segments")
	@Permitted(Permission.INVENTORY_READ)
	String segments(Model model) {
		model.addAttribute("segments", this.inventory.networkSegments(CurrentActor.practiceId()));
		return "inventory/segments";
	}

	@GetMapping("/segments/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String newSegment(Model model) {
		model.addAttribute("form", NetworkSegmentForm.blank());
		return segmentForm(model, null);
	}

	@PostMapping("/segments")
	@Permitted(Permission.INVENTORY_EDIT)
	String createSegment(@Valid @ModelAttribute("form") NetworkSegmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		Forms.reject(errors, this.network.segmentErrors(practiceId, null, form));
		if (errors.hasErrors()) {
			return segmentForm(model, null);
		}
		this.network.createSegment(practiceId, form);
		redirect.addFlashAttribute("message", "The network \"" + form.name() + "\" was added.");
		return "redirect:/inventory/segments";
	}

	@GetMapping("/segments/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editSegment(@PathVariable UUID id, Model model) {
		NetworkSegmentDetails segment = this.inventory.networkSegment(CurrentActor.practiceId(), id);
		model.addAttribute("form", NetworkSegmentForm.of(segment));
		return segmentForm(model, segment);
	}

	@PostMapping("/segments/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String updateSegment(@PathVariable UUID id, @Valid @ModelAttribute("form") NetworkSegmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		NetworkSegmentDetails segment = this.inventory.networkSegment(practiceId, id);
		Forms.reject(errors, this.network.segmentErrors(practiceId, id, form));
		if (errors.hasErrors()) {
			return segmentForm(model, segment);
		}
		this.network.updateSegment(practiceId, id, form);
		redirect.addFlashAttribute("message", "The network \"" + form.name() + "\" was saved.");
		return "redirect:/inventory/segments";
	}

	@PostMapping("/segments/{id}/delete")
	@Permitted(Permission.INVENTORY_EDIT)
	String deleteSegment(@PathVariable UUID id, RedirectAttributes redirect) {
		this.network.deleteSegment(CurrentActor.practiceId(), id);
		redirect.addFlashAttribute("message", "The network was deleted; its assets now have no network recorded.");
		return "redirect:/inventory/segments";
	}

	private String segmentForm(Model model, NetworkSegmentDetails segment) {
		model.addAttribute("segment", segment);
		model.addAttribute("segmentKinds", SegmentKind.values());
		model.addAttribute("answers", Answer.values());
		return "inventory/segment-form";
	}

	// Findings and diagram

	@GetMapping("/findings")
	@Permitted(Permission.INVENTORY_READ)
	String findings(@RequestParam(defaultValue = "OPEN") String status, Model model) {
		FindingStatus wanted = "RESOLVED".equalsIgnoreCase(status) ? FindingStatus.RESOLVED : FindingStatus.OPEN;
		model.addAttribute("findings", this.inventory.findings(CurrentActor.practiceId(), wanted));
		model.addAttribute("status", wanted);
		return "inventory/findings";
	}

	@GetMapping("/diagram")
	@Permitted(Permission.INVENTORY_READ)
	String diagram(Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("svg", this.inventory.diagramSvg(practiceId));
		model.addAttribute("summary", this.inventory.summary(practiceId));
		return "inventory/diagram";
	}

	@GetMapping(path = "/diagram.svg", produces = "image/svg+xml")
	@Permitted(Permission.INVENTORY_READ)
	ResponseEntity<String> diagramSvg() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"bulwark-data-flows.svg\"")
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ this.inventory.diagramSvg(CurrentActor.practiceId()));
	}

}
