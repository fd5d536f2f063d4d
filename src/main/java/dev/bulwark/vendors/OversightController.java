package dev.bulwark.vendors;

import java.io.IOException;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
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
 * The pages that oversee a business associate after the agreement: the yearly written
 * verification of its technical safeguards (a requirement of the 2025 proposed rule, not
 * in force) and the record of a material breach.
 */
@Controller
class OversightController {

	private final Vendors vendors;

	OversightController(Vendors vendors) {
		this.vendors = vendors;
	}

	@GetMapping("/vendors/{id}/verifications/new")
	@Permitted(Permission.VENDORS_EDIT)
	String verificationForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", VerificationForm.blank());
		return verificationFormPage(model, id);
	}

	@PostMapping("/vendors/{id}/verifications")
	@Permitted(Permission.VENDORS_EDIT)
	String recordVerification(@PathVariable UUID id, @Valid @ModelAttribute("form") VerificationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.vendors.vendor(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.vendors.recordVerification(CurrentActor.get(), id, form),
				(verification) -> FormPost.redirect(redirect, "/vendors/" + id + "/verifications/" + verification.id(),
						"The verification was recorded with a score of " + verification.score()
								+ "%; the next one is due by " + verification.nextDueOn() + " (proposed rule)."),
				() -> verificationFormPage(model, id));
	}

	@GetMapping("/vendors/{id}/verifications/{verificationId}")
	@Permitted(Permission.VENDORS_READ)
	String verification(@PathVariable UUID id, @PathVariable UUID verificationId, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("vendor", this.vendors.vendor(practiceId, id));
		model.addAttribute("verification", this.vendors.verification(practiceId, id, verificationId));
		model.addAttribute("questions", this.vendors.questions());
		model.addAttribute("evidencePanel", this.vendors.verificationPanel(practiceId, id, verificationId));
		return "vendors/verification";
	}

	@PostMapping("/vendors/{id}/verifications/{verificationId}/documents")
	@Permitted(Permission.VENDORS_EDIT)
	String storeDocument(@PathVariable UUID id, @PathVariable UUID verificationId,
			@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.vendors.verification(CurrentActor.practiceId(), id, verificationId);
		return FormPost.submit(errors,
				() -> this.vendors.storeVerificationDocument(CurrentActor.get(), id, verificationId,
						EvidenceForm.titled(form.title()), EvidenceContent.of(form.file())),
				(stored) -> FormPost.redirect(redirect, "/vendors/" + id + "/verifications/" + verificationId, "\""
						+ stored.title() + "\" was stored encrypted; it is kept until " + stored.retainUntil() + "."),
				() -> verification(id, verificationId, model));
	}

	@GetMapping("/vendors/{id}/verifications/{verificationId}/documents/{evidenceId}")
	@Permitted(Permission.VENDORS_READ)
	void download(@PathVariable UUID id, @PathVariable UUID verificationId, @PathVariable UUID evidenceId,
			@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(
				this.vendors.openVerificationDocument(CurrentActor.get(), id, verificationId, evidenceId, version),
				response);
	}

	@GetMapping("/vendors/{id}/breaches/new")
	@Permitted(Permission.VENDORS_EDIT)
	String breachForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", MaterialBreachForm.blank());
		return breachFormPage(model, id, null);
	}

	@PostMapping("/vendors/{id}/breaches")
	@Permitted(Permission.VENDORS_EDIT)
	String recordBreach(@PathVariable UUID id, @Valid @ModelAttribute("form") MaterialBreachForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.vendors.vendor(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.vendors.recordBreach(CurrentActor.get(), id, form),
				(breach) -> FormPost.redirect(redirect, "/vendors/" + id,
						"The material breach was recorded: " + breach.outcome().label() + "."),
				() -> breachFormPage(model, id, null));
	}

	@GetMapping("/vendors/{id}/breaches/{breachId}/edit")
	@Permitted(Permission.VENDORS_EDIT)
	String editBreach(@PathVariable UUID id, @PathVariable UUID breachId, Model model) {
		MaterialBreachDetails breach = this.vendors.breach(CurrentActor.practiceId(), id, breachId);
		model.addAttribute("form", new MaterialBreachForm(breach.learnedOn(), breach.pattern(), breach.steps(),
				breach.outcome(), breach.outcomeOn(), breach.notes()));
		return breachFormPage(model, id, breach);
	}

	@PostMapping("/vendors/{id}/breaches/{breachId}")
	@Permitted(Permission.VENDORS_EDIT)
	String changeBreach(@PathVariable UUID id, @PathVariable UUID breachId,
			@Valid @ModelAttribute("form") MaterialBreachForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MaterialBreachDetails before = this.vendors.breach(CurrentActor.practiceId(), id, breachId);
		return FormPost.submit(errors, () -> this.vendors.changeBreach(CurrentActor.get(), id, breachId, form),
				(breach) -> FormPost.redirect(redirect, "/vendors/" + id,
						"The material breach was saved: " + breach.outcome().label() + "."),
				() -> breachFormPage(model, id, before));
	}

	private String verificationFormPage(Model model, UUID vendorId) {
		model.addAttribute("vendor", this.vendors.vendor(CurrentActor.practiceId(), vendorId));
		model.addAttribute("questions", this.vendors.questions());
		model.addAttribute("answerChoices", Labelled.choices(VerificationAnswer.values()));
		model.addAttribute("sourceChoices", Labelled.choices(VerificationSource.values()));
		return "vendors/verification-form";
	}

	private String breachFormPage(Model model, UUID vendorId, MaterialBreachDetails breach) {
		model.addAttribute("vendor", this.vendors.vendor(CurrentActor.practiceId(), vendorId));
		model.addAttribute("breach", breach);
		model.addAttribute("outcomeChoices", Labelled.choices(BreachOutcome.values()));
		return "vendors/breach-form";
	}

}
