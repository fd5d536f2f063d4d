package dev.bulwark.inventory;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.KeptParts;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.PlainWords;
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

	private final KeptParts kept;

	NetworkController(Inventory inventory, NetworkService network, KeptParts kept) {
		this.kept = kept;
		this.inventory = inventory;
		this.network = network;
	}

	// Data flows

	@GetMapping("/flows")
	@Permitted(Permission.INVENTORY_READ)
	String flows(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("flows", this.inventory.dataFlows(practiceId, page));
		int total = this.inventory.countDataFlows(practiceId);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, Inventory.PAGE_SIZE));
		return "inventory/flows";
	}

	@GetMapping("/flows/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String addFlowForm(Model model) {
		model.addAttribute("form", DataFlowForm.blank());
		return flowPage(model, null);
	}

	@PostMapping("/flows")
	@Permitted(Permission.INVENTORY_EDIT)
	String addFlow(@Valid @ModelAttribute("form") DataFlowForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.network.addFlow(CurrentActor.get(), form),
				(flow) -> FormPost.redirect(redirect, "/inventory/flows", "The data flow was added."),
				() -> flowPage(model, null));
	}

	@GetMapping("/flows/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editFlowForm(@PathVariable UUID id, Model model) {
		DataFlowDetails flow = this.inventory.dataFlow(CurrentActor.practiceId(), id);
		model.addAttribute("form", DataFlowForm.of(flow));
		return flowPage(model, flow);
	}

	@PostMapping("/flows/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String changeFlow(@PathVariable UUID id, @Valid @ModelAttribute("form") DataFlowForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.network.changeFlow(CurrentActor.get(), id, form),
				(flow) -> FormPost.redirect(redirect, "/inventory/flows", "The data flow was saved."),
				() -> flowPage(model, this.inventory.dataFlow(CurrentActor.practiceId(), id)));
	}

	/**
	 * Nothing to type, so nothing to show next to a field: a foreign id is the 404 page.
	 */
	@PostMapping("/flows/{id}/delete")
	@Permitted(Permission.INVENTORY_EDIT)
	String deleteFlow(@PathVariable UUID id, RedirectAttributes redirect) {
		this.network.deleteFlow(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/inventory/flows", "The data flow was deleted.");
	}

	private String flowPage(Model model, DataFlowDetails flow) {
		model.addAttribute("flow", flow);
		model.addAttribute("assetChoices", this.inventory.assetChoices(CurrentActor.practiceId()));
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("channels", FlowChannel.values());
		model.addAttribute("answers", Answer.values());
		return "inventory/flow-form";
	}

	// Network segments

	@GetMapping("/segments")
	@Permitted(Permission.INVENTORY_READ)
	String segments(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("segments", this.inventory.networkSegments(practiceId, page));
		int total = this.inventory.countNetworkSegments(practiceId);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, Inventory.PAGE_SIZE));
		return "inventory/segments";
	}

	@GetMapping("/segments/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String addSegmentForm(Model model) {
		model.addAttribute("form", NetworkSegmentForm.blank());
		return segmentPage(model, null);
	}

	@PostMapping("/segments")
	@Permitted(Permission.INVENTORY_EDIT)
	String addSegment(@Valid @ModelAttribute("form") NetworkSegmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(
				errors, () -> this.network.addSegment(CurrentActor.get(), form), (segment) -> FormPost
					.redirect(redirect, "/inventory/segments", "The network \"" + segment.name() + "\" was added."),
				() -> segmentPage(model, null));
	}

	@GetMapping("/segments/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editSegmentForm(@PathVariable UUID id, Model model) {
		NetworkSegmentDetails segment = this.inventory.networkSegment(CurrentActor.practiceId(), id);
		model.addAttribute("form", NetworkSegmentForm.of(segment));
		return segmentPage(model, segment);
	}

	@PostMapping("/segments/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String changeSegment(@PathVariable UUID id, @Valid @ModelAttribute("form") NetworkSegmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.network.changeSegment(CurrentActor.get(), id, form),
				(segment) -> FormPost.redirect(redirect, "/inventory/segments",
						"The network \"" + segment.name() + "\" was saved."),
				() -> segmentPage(model, this.inventory.networkSegment(CurrentActor.practiceId(), id)));
	}

	@PostMapping("/segments/{id}/delete")
	@Permitted(Permission.INVENTORY_EDIT)
	String deleteSegment(@PathVariable UUID id, RedirectAttributes redirect) {
		this.network.deleteSegment(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/inventory/segments",
				"The network was deleted; its assets now have no network recorded.");
	}

	private String segmentPage(Model model, NetworkSegmentDetails segment) {
		model.addAttribute("segment", segment);
		model.addAttribute("segmentKinds", Labelled.choices(SegmentKind.values()));
		model.addAttribute("answers", Answer.values());
		return "inventory/segment-form";
	}

	// Findings and diagram

	/** An unknown status or a page out of range (an edited address) answers 400. */
	@GetMapping("/findings")
	@Permitted(Permission.INVENTORY_READ)
	String findings(@RequestParam(defaultValue = "OPEN") FindingStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("keptHtml",
				this.kept.html("inventory/findings :: findings", model, List.of(status, page), () -> {
					model.addAttribute("findings", this.inventory.findings(practiceId, status, page));
					model.addAttribute("status", status);
					int total = this.inventory.countFindings(practiceId, status);
					model.addAttribute("total", total);
					model.addAttribute("page", page);
					model.addAttribute("pages", Paging.pages(total, Inventory.FINDINGS_PAGE_SIZE));
				}));
		return "inventory/findings";
	}

	@GetMapping("/diagram")
	@Permitted(Permission.INVENTORY_READ)
	String diagram(@ModelAttribute("words") PlainWords words, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("keptHtml", this.kept.html("inventory/diagram :: diagram", model, "", () -> {
			String svg = this.inventory.diagramSvg(practiceId);
			model.addAttribute("svg", words.auditor() ? svg : DataFlowDiagram.inPlainWords(svg));
			model.addAttribute("summary", this.inventory.summary(practiceId));
		}));
		return "inventory/diagram";
	}

	@GetMapping(path = "/diagram.svg", produces = "image/svg+xml")
	@Permitted(Permission.INVENTORY_READ)
	ResponseEntity<String> diagramSvg(@ModelAttribute("words") PlainWords words) {
		String svg = this.inventory.diagramSvg(CurrentActor.practiceId());
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"bulwark-data-flows.svg\"")
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ (words.auditor() ? svg : DataFlowDiagram.inPlainWords(svg)));
	}

}
