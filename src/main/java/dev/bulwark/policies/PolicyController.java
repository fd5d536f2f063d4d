package dev.bulwark.policies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * The policy pages: the list with the templates to adopt, a document with its versions,
 * reviews and acknowledgements, a version with approval and publication, the draft
 * editor, the comparison of two versions, the staff member's own list, the overview of
 * acknowledgements, and the PDFs. Every POST is the kit's three lines through
 * {@link FormPost}.
 */
@Controller
@RequestMapping("/policies")
class PolicyController {

	private final Policies policies;

	private final PolicyService service;

	private final PolicyPrinting printing;

	private final EditVersions editVersions;

	PolicyController(Policies policies, PolicyService service, PolicyPrinting printing, EditVersions editVersions) {
		this.policies = policies;
		this.service = service;
		this.printing = printing;
		this.editVersions = editVersions;
	}

	// The list and adopting templates

	@GetMapping
	@Permitted(Permission.POLICIES_READ)
	String list(@RequestParam(required = false) DocumentKind kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AdoptForm.blank());
		}
		return listPage(model, kind, page);
	}

	@PostMapping
	@Permitted(Permission.POLICIES_EDIT)
	String adopt(@Valid @ModelAttribute("form") AdoptForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.adopt(CurrentActor.get(), form),
				(document) -> FormPost.redirect(redirect, editPath(document, document.versions().get(0)),
						"\"" + document.title() + "\" was created as draft version 1. Read it, change what does not "
								+ "fit the practice, then approve it."),
				() -> listPage(model, null, 0));
	}

	// One document

	@GetMapping("/{id}")
	@Permitted(Permission.POLICIES_READ)
	String document(@PathVariable UUID id, Model model) {
		return documentPage(model, id);
	}

	@PostMapping("/{id}/versions")
	@Permitted(Permission.POLICIES_EDIT)
	String startVersion(@PathVariable UUID id, @Valid @ModelAttribute("newVersion") NewVersionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.startVersion(CurrentActor.get(), id, form),
				(document) -> FormPost.redirect(redirect, editPath(document, document.versions().get(0)),
						"Draft version " + document.versions().get(0).number() + " was started."),
				() -> documentPage(model, id));
	}

	@PostMapping("/{id}/reviews")
	@Permitted(Permission.POLICIES_EDIT)
	String review(@PathVariable UUID id, @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.review(CurrentActor.get(), id, form),
				(document) -> FormPost.redirect(redirect, document.link(),
						"The review was recorded. The next review is due on " + document.reviewDueOn() + "."
								+ (form.changesNeeded() ? " Start a new version with the changes." : "")),
				() -> documentPage(model, id));
	}

	@PostMapping("/{id}/acknowledge")
	@Permitted(Permission.POLICIES_ACKNOWLEDGE)
	String acknowledge(@PathVariable UUID id, @Valid @ModelAttribute("acknowledgement") AcknowledgeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.acknowledge(CurrentActor.get(), id, form),
				(ack) -> FormPost.redirect(redirect, "/policies/mine",
						"You acknowledged version " + ack.versionNumber() + " of \""
								+ this.policies.document(CurrentActor.practiceId(), id).title() + "\"."),
				() -> documentPage(model, id));
	}

	@PostMapping("/{id}/retire")
	@Permitted(Permission.POLICIES_APPROVE)
	String retire(@PathVariable UUID id, @ModelAttribute("retirement") Confirmation confirmation, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.retire(CurrentActor.get(), id),
				(document) -> FormPost.redirect(redirect, document.link(), "\"" + document.title()
						+ "\" was retired. Its last version is kept until " + retainedUntil(document) + "."),
				() -> documentPage(model, id));
	}

	@GetMapping("/{id}/compare")
	@Permitted(Permission.POLICIES_READ)
	String compare(@PathVariable UUID id, @RequestParam(required = false) UUID from,
			@RequestParam(required = false) UUID to, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		DocumentDetails document = this.policies.document(practiceId, id);
		List<VersionDetails> versions = document.versions();
		UUID newer = (to != null) ? to : (!versions.isEmpty() ? versions.get(0).id() : null);
		UUID older = (from != null) ? from : ((versions.size() > 1) ? versions.get(1).id() : newer);
		model.addAttribute("document", document);
		model.addAttribute("diff", this.policies.compare(practiceId, id, older, newer));
		model.addAttribute("older", document.version(older).orElseThrow());
		model.addAttribute("newer", document.version(newer).orElseThrow());
		model.addAttribute("versionChoices",
				versions.stream()
					.map((v) -> Choice.of(v.id(), "Version " + v.number() + " (" + v.statusLabel() + ")"))
					.toList());
		return "policies/compare";
	}

	@GetMapping("/{id}/pdf")
	@Permitted(Permission.POLICIES_READ)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) UUID version) {
		PolicyPrinting.Pdf pdf = this.printing.document(CurrentActor.get(), id, version);
		return pdfResponse(pdf);
	}

	@GetMapping("/manual.pdf")
	@Permitted(Permission.POLICIES_READ)
	ResponseEntity<byte[]> manual() {
		return pdfResponse(this.printing.manual(CurrentActor.get()));
	}

	// Versions

	@GetMapping("/{id}/versions/{versionId}")
	@Permitted(Permission.POLICIES_READ)
	String version(@PathVariable UUID id, @PathVariable UUID versionId, Model model) {
		return versionPage(model, id, versionId);
	}

	@GetMapping("/{id}/versions/{versionId}/edit")
	@Permitted(Permission.POLICIES_EDIT)
	String editForm(@PathVariable UUID id, @PathVariable UUID versionId, Model model) {
		DocumentDetails document = this.policies.document(CurrentActor.practiceId(), id);
		VersionDetails version = version(document, versionId);
		model.addAttribute("form", new DraftForm(document.title(), version.content(), version.changeNote()));
		return editPage(model, id, versionId);
	}

	@PostMapping("/{id}/versions/{versionId}")
	@Permitted(Permission.POLICIES_EDIT)
	String saveDraft(@PathVariable UUID id, @PathVariable UUID versionId, @Valid @ModelAttribute("form") DraftForm form,
			BindingResult errors, @RequestParam(name = "editVersion", required = false) Long editVersion, Model model,
			RedirectAttributes redirect) {
		// The version opened, not the current one: a conflict stays visible.
		model.addAttribute("editVersion", editVersion);
		return FormPost.submit(errors,
				() -> this.editVersions.edit("pol_version", "draft", CurrentActor.practiceId(), versionId, editVersion,
						() -> this.service.changeDraft(CurrentActor.get(), id, versionId, form)),
				(document) -> FormPost.redirect(redirect, versionPath(document.id(), versionId),
						"The draft was saved."),
				() -> editPage(model, id, versionId));
	}

	@PostMapping("/{id}/versions/{versionId}/approve")
	@Permitted(Permission.POLICIES_APPROVE)
	String approve(@PathVariable UUID id, @PathVariable UUID versionId,
			@Valid @ModelAttribute("approval") ApproveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.approve(CurrentActor.get(), id, versionId, form),
				(document) -> FormPost.redirect(redirect, versionPath(id, versionId),
						"Version " + version(document, versionId).number()
								+ " was approved. Publish it to put it in effect."),
				() -> versionPage(model, id, versionId));
	}

	@PostMapping("/{id}/versions/{versionId}/publish")
	@Permitted(Permission.POLICIES_APPROVE)
	String publish(@PathVariable UUID id, @PathVariable UUID versionId,
			@Valid @ModelAttribute("publication") PublishForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.service.publish(CurrentActor.get(), id, versionId, form),
				(document) -> FormPost.redirect(redirect, document.link(), published(document, versionId)),
				() -> versionPage(model, id, versionId));
	}

	@PostMapping("/{id}/versions/{versionId}/delete")
	@Permitted(Permission.POLICIES_EDIT)
	String delete(@PathVariable UUID id, @PathVariable UUID versionId,
			@ModelAttribute("removal") Confirmation confirmation, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		int number = version(this.policies.document(CurrentActor.practiceId(), id), versionId).number();
		return FormPost.submit(errors,
				() -> Optional.ofNullable(this.service.remove(CurrentActor.get(), id, versionId)),
				(document) -> document.isPresent()
						? FormPost.redirect(redirect, document.get().link(), "Version " + number + " was removed.")
						: FormPost.redirect(redirect, "/policies",
								"The draft was discarded; the document had no other version, so it is gone too."),
				() -> versionPage(model, id, versionId));
	}

	// Acknowledgements

	@GetMapping("/mine")
	@Permitted(Permission.POLICIES_ACKNOWLEDGE)
	String mine(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("pending", this.policies.pendingAcknowledgements(actor.practiceId(), actor.userId()));
		model.addAttribute("done", this.policies.acknowledgementsOf(actor.practiceId(), actor.userId()));
		model.addAttribute("titles",
				this.policies.all(actor.practiceId())
					.stream()
					.collect(java.util.stream.Collectors.toMap((d) -> d.id().toString(), DocumentDetails::title)));
		return "policies/mine";
	}

	/**
	 * Who has and has not acknowledged each policy in effect; with {@code person}, every
	 * policy for one person.
	 */
	@GetMapping("/acknowledgements")
	@Permitted(Permission.WORKFORCE_READ)
	String acknowledgements(@RequestParam(required = false) UUID person, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("people", this.policies.acknowledgers(practiceId)
			.stream()
			.map((member) -> Choice.of(member.userId(), member.displayName() + " (" + member.role().label() + ")"))
			.toList());
		model.addAttribute("person", person);
		if (person != null) {
			model.addAttribute("statuses", this.policies.acknowledgementStatusOf(practiceId, person));
			return "policies/acknowledgements";
		}
		model.addAttribute("byDocument", this.policies.all(practiceId)
			.stream()
			.filter((d) -> d.kind().acknowledgedByStaff() && d.current().isPresent())
			.map((d) -> new DocumentAcknowledgements(d, this.policies.acknowledgementStatus(practiceId, d.id())))
			.toList());
		return "policies/acknowledgements";
	}

	/** A document with where each person stands, for the overview. */
	record DocumentAcknowledgements(DocumentDetails document, List<AcknowledgementStatus> statuses) {

		public long acknowledged() {
			return this.statuses.stream().filter((s) -> !s.pending()).count();
		}

	}

	// The pages, with what each needs; also shown again when a form has errors.

	private String listPage(Model model, DocumentKind kind, int page) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("documents", this.policies.documents(practiceId, kind, page));
		long total = this.policies.count(practiceId, kind);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, Policies.PAGE_SIZE));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("templates", this.policies.templates(practiceId));
		return "policies/list";
	}

	private String documentPage(Model model, UUID id) {
		Actor actor = CurrentActor.get();
		DocumentDetails document = this.policies.document(actor.practiceId(), id);
		model.addAttribute("document", document);
		VersionDetails current = document.current().orElse(null);
		model.addAttribute("current", current);
		model.addAttribute("html", (current != null) ? Markdown.html(current.content()) : null);
		model.addAttribute("openDraft", document.openDraft().orElse(null));
		model.addAttribute("reviews", this.policies.reviews(actor.practiceId(), id));
		if (actor.can(Permission.WORKFORCE_READ) && document.kind().acknowledgedByStaff()) {
			model.addAttribute("statuses", this.policies.acknowledgementStatus(actor.practiceId(), id));
		}
		boolean mustAcknowledge = actor.can(Permission.POLICIES_ACKNOWLEDGE)
				&& this.policies.pendingAcknowledgements(actor.practiceId(), actor.userId())
					.stream()
					.anyMatch((p) -> p.documentId().equals(id));
		model.addAttribute("mustAcknowledge", mustAcknowledge);
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new ReviewForm(this.policies.today(actor), false, null));
		}
		if (!model.containsAttribute("acknowledgement")) {
			model.addAttribute("acknowledgement", new AcknowledgeForm((current != null) ? current.id() : null));
		}
		if (!model.containsAttribute("newVersion")) {
			model.addAttribute("newVersion", NewVersionForm.blank());
		}
		if (!model.containsAttribute("retirement")) {
			model.addAttribute("retirement", new Confirmation());
		}
		model.addAttribute("today", this.policies.today(actor));
		return "policies/document";
	}

	private String versionPage(Model model, UUID id, UUID versionId) {
		Actor actor = CurrentActor.get();
		DocumentDetails document = this.policies.document(actor.practiceId(), id);
		VersionDetails version = version(document, versionId);
		model.addAttribute("document", document);
		model.addAttribute("version", version);
		model.addAttribute("html", Markdown.html(version.content()));
		model.addAttribute("previous",
				document.versions().stream().filter((v) -> v.number() < version.number()).findFirst().orElse(null));
		if (!model.containsAttribute("approval")) {
			model.addAttribute("approval", new ApproveForm(actor.displayName(), this.policies.today(actor)));
		}
		if (!model.containsAttribute("publication")) {
			model.addAttribute("publication", PublishForm.blank());
		}
		if (!model.containsAttribute("removal")) {
			model.addAttribute("removal", new Confirmation());
		}
		model.addAttribute("today", this.policies.today(actor));
		model.addAttribute("firstPublication", document.ackFromVersion() == null);
		return "policies/version";
	}

	private String editPage(Model model, UUID id, UUID versionId) {
		DocumentDetails document = this.policies.document(CurrentActor.practiceId(), id);
		if (!model.containsAttribute("editVersion")) {
			model.addAttribute("editVersion",
					this.editVersions.current("pol_version", CurrentActor.practiceId(), versionId).orElse(null));
		}
		model.addAttribute("document", document);
		model.addAttribute("version", version(document, versionId));
		return "policies/edit";
	}

	private static VersionDetails version(DocumentDetails document, UUID versionId) {
		return document.version(versionId).orElseThrow(() -> NotFoundException.of("Policy version", versionId));
	}

	private static String versionPath(UUID documentId, UUID versionId) {
		return "/policies/" + documentId + "/versions/" + versionId;
	}

	private static String editPath(DocumentDetails document, VersionDetails version) {
		return versionPath(document.id(), version.id()) + "/edit";
	}

	private static String published(DocumentDetails document, UUID versionId) {
		VersionDetails version = version(document, versionId);
		return "Version " + version.number() + " of \"" + document.title() + "\" is in effect from "
				+ version.effectiveFrom() + "." + (version.significant() ? " Staff are asked to acknowledge it."
						: " No new acknowledgement is needed.");
	}

	private static java.time.LocalDate retainedUntil(DocumentDetails document) {
		return document.versions()
			.stream()
			.filter((v) -> v.status() == VersionStatus.RETIRED)
			.map(VersionDetails::retainUntil)
			.findFirst()
			.orElse(document.retiredOn());
	}

	private static ResponseEntity<byte[]> pdfResponse(PolicyPrinting.Pdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.bytes());
	}

}
