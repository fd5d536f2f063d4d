package dev.bulwark.evidence;

import java.io.IOException;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
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
 * The evidence pages: the list with search and filters, upload (also from another
 * module's evidence panel), an item with its versions and records, new versions, details,
 * attaching and detaching, download and deletion after the retention date.
 */
@Controller
class EvidenceController {

	private final EvidenceStore store;

	EvidenceController(EvidenceStore store) {
		this.store = store;
	}

	@GetMapping("/evidence")
	@Permitted(Permission.EVIDENCE_READ)
	String list(@ModelAttribute("filter") EvidenceFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.store.count(practiceId, filter);
		model.addAttribute("items", this.store.list(practiceId, filter, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", dev.bulwark.shared.Paging.pages(total, EvidenceRepository.PAGE_SIZE));
		model.addAttribute("ownerTypes", EvidenceOwner.TYPES);
		model.addAttribute("activity", this.store.activity(practiceId, this.store.today(CurrentActor.get())));
		return "evidence/list";
	}

	@GetMapping("/evidence/new")
	@Permitted(Permission.EVIDENCE_EDIT)
	String uploadForm(@RequestParam(required = false) String ownerType, @RequestParam(required = false) String ownerId,
			@RequestParam(required = false) String returnTo, Model model) {
		UploadForm form = UploadForm.blank(ownerType, ownerId, ReturnPaths.safe(returnTo, null));
		model.addAttribute("form", form);
		return uploadPage(form, model);
	}

	@PostMapping("/evidence")
	@Permitted(Permission.EVIDENCE_EDIT)
	String upload(@Valid @ModelAttribute("form") UploadForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors,
				() -> this.store.storeFor(CurrentActor.get(), form.owner(), form.evidence(),
						EvidenceContent.of(form.file())),
				(item) -> FormPost.redirect(redirect, ReturnPaths.safe(form.returnTo(), "/evidence/" + item.id()),
						"\"" + item.title() + "\" was stored encrypted; it is kept until " + item.retainUntil() + "."),
				() -> uploadPage(form, model));
	}

	@GetMapping("/evidence/{id}")
	@Permitted(Permission.EVIDENCE_READ)
	String show(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		EvidenceDetails item = this.store.details(actor.practiceId(), id);
		model.addAttribute("item", item);
		model.addAttribute("deletable", item.deletableOn(this.store.today(actor)));
		model.addAttribute("ownerChoices",
				EvidenceOwner.TYPES.entrySet()
					.stream()
					.map((type) -> new Choice(type.getKey(), type.getValue().label()))
					.toList());
		model.addAttribute("maxSize", FileSizes.format(this.store.maxBytes()));
		model.addAttribute("maxBytes", this.store.maxBytes());
		model.addAttribute("accept", EvidenceTypes.accept());
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", VersionForm.blank());
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", LinkForm.blank());
		}
		return "evidence/show";
	}

	@GetMapping("/evidence/{id}/download")
	@Permitted(Permission.EVIDENCE_READ)
	void download(@PathVariable UUID id, @RequestParam(required = false) Integer version, HttpServletResponse response)
			throws IOException {
		EvidenceDownloads.send(this.store.open(CurrentActor.get(), id, version), response);
	}

	@PostMapping("/evidence/{id}/versions")
	@Permitted(Permission.EVIDENCE_EDIT)
	String addVersion(@PathVariable UUID id, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.store.details(CurrentActor.practiceId(), id);
		return FormPost.submit(errors,
				() -> this.store.addVersion(CurrentActor.get(), id, EvidenceContent.of(form.file()), form.note()),
				(item) -> FormPost.redirect(redirect, "/evidence/" + id, "Version " + item.currentVersion()
						+ " was stored; earlier versions are kept. It is kept until " + item.retainUntil() + "."),
				() -> show(id, model));
	}

	@GetMapping("/evidence/{id}/edit")
	@Permitted(Permission.EVIDENCE_EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		EvidenceDetails item = this.store.details(CurrentActor.practiceId(), id);
		model.addAttribute("form", new EvidenceForm(item.title(), item.description(), item.effectiveUntil()));
		model.addAttribute("item", item);
		return "evidence/edit";
	}

	@PostMapping("/evidence/{id}")
	@Permitted(Permission.EVIDENCE_EDIT)
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") EvidenceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		EvidenceDetails before = this.store.details(CurrentActor.practiceId(), id);
		return FormPost.submit(
				errors, () -> this.store.update(CurrentActor.get(), id, form), (item) -> FormPost.redirect(redirect,
						"/evidence/" + id, "The details were saved. It is kept until " + item.retainUntil() + "."),
				() -> {
					model.addAttribute("item", before);
					return "evidence/edit";
				});
	}

	@PostMapping("/evidence/{id}/links")
	@Permitted(Permission.EVIDENCE_EDIT)
	String attach(@PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.store.details(CurrentActor.practiceId(), id);
		return FormPost.perform(errors, () -> this.store.attach(CurrentActor.get(), id, form.owner()),
				() -> FormPost.redirect(redirect, "/evidence/" + id, "The evidence was attached."),
				() -> show(id, model));
	}

	@PostMapping("/evidence/{id}/links/delete")
	@Permitted(Permission.EVIDENCE_EDIT)
	String detach(@PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.store.details(CurrentActor.practiceId(), id);
		return FormPost.perform(
				errors, () -> this.store.detach(CurrentActor.get(), id, form.owner()), () -> FormPost.redirect(redirect,
						"/evidence/" + id, "The evidence was detached; the file itself is kept."),
				() -> show(id, model));
	}

	@PostMapping("/evidence/{id}/delete")
	@Permitted(Permission.EVIDENCE_DELETE)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		EvidenceDetails item = this.store.details(CurrentActor.practiceId(), id);
		this.store.delete(CurrentActor.get(), id);
		return FormPost.redirect(redirect, "/evidence", "\"" + item.title() + "\" was deleted with all its versions.");
	}

	private String uploadPage(UploadForm form, Model model) {
		model.addAttribute("back", ReturnPaths.safe(form.returnTo(), "/evidence"));
		model.addAttribute("ownerTypes", EvidenceOwner.TYPES);
		model.addAttribute("maxSize", FileSizes.format(this.store.maxBytes()));
		model.addAttribute("maxBytes", this.store.maxBytes());
		model.addAttribute("accept", EvidenceTypes.accept());
		model.addAttribute("kinds", EvidenceTypes.described());
		return "evidence/form";
	}

}
