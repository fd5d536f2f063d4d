package dev.bulwark.training;

import java.io.IOException;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDownloads;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Paging;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training taken outside Bulwark: the list with the form to record one (and upload its
 * certificate), a record's page with its certificates, and their downloads.
 */
@Controller
@RequestMapping("/training/outside")
class OutsideTrainingController {

	private final OutsideTrainings outside;

	private final Training training;

	OutsideTrainingController(OutsideTrainings outside, Training training) {
		this.outside = outside;
		this.training = training;
	}

	@GetMapping
	@Permitted(Permission.WORKFORCE_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OutsideTrainingForm.blank());
		}
		return listPage(model, page);
	}

	@PostMapping
	@Permitted(Permission.TRAINING_MANAGE)
	String record(@Valid @ModelAttribute("form") OutsideTrainingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.outside.record(CurrentActor.get(), form),
				(record) -> FormPost.redirect(redirect, "/training/outside/" + record.id(),
						"Outside training of " + record.personName() + " was recorded."),
				() -> listPage(model, 0));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.WORKFORCE_READ)
	String show(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("record", this.outside.get(actor, id));
		model.addAttribute("evidencePanel", this.outside.panel(actor, id));
		return "training/outside-record";
	}

	@PostMapping("/{id}/certificates")
	@Permitted(Permission.TRAINING_MANAGE)
	String storeCertificate(@PathVariable UUID id, @Valid @ModelAttribute("certificateForm") CertificateForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.outside.get(CurrentActor.get(), id);
		return FormPost.submit(errors,
				() -> this.outside.storeCertificate(CurrentActor.get(), id, form.title(),
						EvidenceContent.of(form.file())),
				(stored) -> FormPost.redirect(redirect, "/training/outside/" + id, "\"" + stored.title()
						+ "\" was stored encrypted; it is kept until " + stored.retainUntil() + "."),
				() -> show(id, model));
	}

	@GetMapping("/{id}/certificates/{evidenceId}")
	@Permitted(Permission.WORKFORCE_READ)
	void download(@PathVariable UUID id, @PathVariable UUID evidenceId, @RequestParam(required = false) Integer version,
			HttpServletResponse response) throws IOException {
		EvidenceDownloads.send(this.outside.openCertificate(CurrentActor.get(), id, evidenceId, version), response);
	}

	private String listPage(Model model, int page) {
		Actor actor = CurrentActor.get();
		model.addAttribute("records", this.outside.records(actor, page));
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(this.outside.count(actor), Training.PAGE_SIZE));
		model.addAttribute("people",
				this.training.workforce(actor.practiceId())
					.stream()
					.map((member) -> Choice.of(member.userId(), member.displayName()))
					.toList());
		return "training/outside";
	}

}
