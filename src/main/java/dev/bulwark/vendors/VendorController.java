package dev.bulwark.vendors;

import java.util.UUID;

import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor register's pages: the list, a vendor, adding and editing one. */
@Controller
class VendorController {

	private final Vendors vendors;

	private final EvidenceStore evidence;

	private final EditVersions editVersions;

	VendorController(Vendors vendors, EvidenceStore evidence, EditVersions editVersions) {
		this.evidence = evidence;
		this.vendors = vendors;
		this.editVersions = editVersions;
	}

	@GetMapping("/vendors")
	@Permitted(Permission.VENDORS_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.vendors.count(practiceId);
		model.addAttribute("vendors", this.vendors.vendors(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, VendorRepository.PAGE_SIZE));
		model.addAttribute("gaps", this.vendors.openGaps(practiceId));
		model.addAttribute("dueItems", this.vendors.dueItems(practiceId));
		return "vendors/list";
	}

	@GetMapping("/vendors/new")
	@Permitted(Permission.VENDORS_EDIT)
	String addForm(Model model) {
		model.addAttribute("form", VendorForm.blank());
		return formPage(model, null);
	}

	@PostMapping("/vendors")
	@Permitted(Permission.VENDORS_EDIT)
	String add(@Valid @ModelAttribute("form") VendorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.vendors.add(CurrentActor.get(), form),
				(vendor) -> FormPost.redirect(redirect, "/vendors/" + vendor.id(),
						"\"" + vendor.name() + "\" was added: " + vendor.determination().label() + "."),
				() -> formPage(model, null));
	}

	@GetMapping("/vendors/{id}")
	@Permitted(Permission.VENDORS_READ)
	String show(@PathVariable UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("vendor", this.vendors.vendor(practiceId, id));
		model.addAttribute("agreements", this.vendors.agreements(practiceId, id));
		model.addAttribute("verifications", this.vendors.verifications(practiceId, id));
		model.addAttribute("breaches", this.vendors.breaches(practiceId, id));
		model.addAttribute("evidencePanel",
				this.evidence.panel(practiceId, EvidenceOwner.of("vendor", id), "/vendors/" + id));
		return "vendors/show";
	}

	@GetMapping("/vendors/{id}/edit")
	@Permitted(Permission.VENDORS_EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		VendorDetails vendor = this.vendors.vendor(CurrentActor.practiceId(), id);
		model.addAttribute("form", VendorForm.of(vendor));
		return formPage(model, vendor);
	}

	@PostMapping("/vendors/{id}")
	@Permitted(Permission.VENDORS_EDIT)
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") VendorForm form, BindingResult errors,
			@RequestParam(name = "editVersion", required = false) Long editVersion, Model model,
			RedirectAttributes redirect) {
		VendorDetails before = this.vendors.vendor(CurrentActor.practiceId(), id);
		// The version opened, not the current one: a conflict stays visible.
		model.addAttribute("editVersion", editVersion);
		return FormPost.submit(errors,
				() -> this.editVersions.edit("vnd_vendor", "vendor", CurrentActor.practiceId(), id, editVersion,
						() -> this.vendors.change(CurrentActor.get(), id, form)),
				(vendor) -> FormPost.redirect(redirect, "/vendors/" + id,
						"\"" + vendor.name() + "\" was saved: " + vendor.determination().label() + "."),
				() -> formPage(model, before));
	}

	private String formPage(Model model, VendorDetails vendor) {
		if (vendor != null && !model.containsAttribute("editVersion")) {
			model.addAttribute("editVersion",
					this.editVersions.current("vnd_vendor", CurrentActor.practiceId(), vendor.id()).orElse(null));
		}
		model.addAttribute("vendor", vendor);
		model.addAttribute("systemChoices", this.vendors.systemChoices(CurrentActor.practiceId()));
		model.addAttribute("riskTiers", Labelled.choices(RiskTier.values()));
		return "vendors/form";
	}

}
