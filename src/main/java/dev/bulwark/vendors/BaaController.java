package dev.bulwark.vendors;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.PlainWords;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The pages of a vendor's business associate agreements: recording one with its signed
 * copy, its page with the evidence panel, changing its details, more documents and
 * downloads.
 */
@Controller
class BaaController {

	private final Vendors vendors;

	BaaController(Vendors vendors) {
		this.vendors = vendors;
	}

	@GetMapping("/vendors/{id}/baas/new")
	@Permitted(Permission.VENDORS_EDIT)
	String recordForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", BaaUploadForm.blank());
		return recordPage(model, id);
	}

	@PostMapping("/vendors/{id}/baas")
	@Permitted(Permission.VENDORS_EDIT)
	String record(@PathVariable UUID id, @Valid @ModelAttribute("form") BaaUploadForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		VendorDetails vendor = this.vendors.vendor(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.vendors.recordAgreement(CurrentActor.get(), id, form),
				(baa) -> FormPost.redirect(redirect, "/vendors/" + id,
						"The agreement with \"" + vendor.name() + "\" was recorded"
								+ ((baa.expiresOn() != null) ? "; renewal due " + baa.expiresOn() : "")
								+ ". Its signed copy is stored encrypted."),
				() -> recordPage(model, id));
	}

	@GetMapping("/vendors/{id}/baas/{baaId}")
	@Permitted(Permission.VENDORS_READ)
	String show(@PathVariable UUID id, @PathVariable UUID baaId, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("vendor", this.vendors.vendor(practiceId, id));
		model.addAttribute("baa", this.vendors.agreement(practiceId, id, baaId));
		model.addAttribute("terms", this.vendors.terms(practiceId));
		model.addAttribute("evidencePanel", this.vendors.panel(practiceId, id, baaId));
		return "vendors/baa";
	}

	@GetMapping("/vendors/{id}/baas/{baaId}/edit")
	@Permitted(Permission.VENDORS_EDIT)
	String editForm(@PathVariable UUID id, @PathVariable UUID baaId, Model model) {
		BaaDetails baa = this.vendors.agreement(CurrentActor.practiceId(), id, baaId);
		model.addAttribute("form",
				new BaaForm(baa.effectiveOn(), baa.expiresOn(), baa.breachWindowDays(), baa.terms(), baa.notes()));
		return editPage(model, id, baa);
	}

	@PostMapping("/vendors/{id}/baas/{baaId}")
	@Permitted(Permission.VENDORS_EDIT)
	String change(@PathVariable UUID id, @PathVariable UUID baaId, @Valid @ModelAttribute("form") BaaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		BaaDetails before = this.vendors.agreement(CurrentActor.practiceId(), id, baaId);
		return FormPost.submit(errors, () -> this.vendors.changeAgreement(CurrentActor.get(), id, baaId, form),
				(baa) -> FormPost.redirect(redirect, "/vendors/" + id + "/baas/" + baaId, "The agreement was saved."),
				() -> editPage(model, id, before));
	}

	@PostMapping("/vendors/{id}/baas/{baaId}/documents")
	@Permitted(Permission.VENDORS_EDIT)
	String storeDocument(@PathVariable UUID id, @PathVariable UUID baaId,
			@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.vendors.agreement(CurrentActor.practiceId(), id, baaId);
		return FormPost.submit(errors,
				() -> this.vendors.storeDocument(CurrentActor.get(), id, baaId, EvidenceForm.titled(form.title()),
						EvidenceContent.of(form.file())),
				(stored) -> FormPost.redirect(redirect, "/vendors/" + id + "/baas/" + baaId, "\"" + stored.title()
						+ "\" was stored encrypted; it is kept until " + stored.retainUntil() + "."),
				() -> show(id, baaId, model));
	}

	@GetMapping("/vendors/{id}/baas/{baaId}/documents/{evidenceId}")
	@Permitted(Permission.VENDORS_READ)
	void download(@PathVariable UUID id, @PathVariable UUID baaId, @PathVariable UUID evidenceId,
			@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(this.vendors.openDocument(CurrentActor.get(), id, baaId, evidenceId, version), response);
	}

	/** The terms as tick boxes, worded for the reader (citations in the auditor view). */
	private List<Choice> termChoices(Model model, UUID practiceId) {
		PlainWords words = (model.getAttribute("words") instanceof PlainWords w) ? w : PlainWords.PLAIN;
		return this.vendors.termChoices(practiceId)
			.stream()
			.map((choice) -> new Choice(choice.value(), words.text(choice.label())))
			.toList();
	}

	private String recordPage(Model model, UUID vendorId) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("vendor", this.vendors.vendor(practiceId, vendorId));
		model.addAttribute("termChoices", termChoices(model, practiceId));
		model.addAttribute("baa", null);
		return "vendors/baa-form";
	}

	private String editPage(Model model, UUID vendorId, BaaDetails baa) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("vendor", this.vendors.vendor(practiceId, vendorId));
		model.addAttribute("termChoices", termChoices(model, practiceId));
		model.addAttribute("baa", baa);
		return "vendors/baa-form";
	}

}
