package dev.bulwark.inventory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.EditVersions;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.KeptParts;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The asset pages: list with filters and search, add, edit, retire, media re-use, CSV
 * import and export, and the yearly review. Every POST is the kit's three lines through
 * {@link FormPost}; errors the services raise appear next to their fields.
 */
@Controller
@RequestMapping("/inventory")
class AssetController {

	private final Inventory inventory;

	private final AssetService assets;

	private final EvidenceStore evidence;

	private final EditVersions editVersions;

	private final KeptParts kept;

	AssetController(Inventory inventory, AssetService assets, EvidenceStore evidence, EditVersions editVersions,
			KeptParts kept) {
		this.kept = kept;
		this.inventory = inventory;
		this.assets = assets;
		this.evidence = evidence;
		this.editVersions = editVersions;
	}

	/**
	 * The list; an htmx request (the filter form) gets only the results. A filter value
	 * that is no choice offered (an edited address) answers 400.
	 */
	@GetMapping("/assets")
	@Permitted(Permission.INVENTORY_READ)
	String list(@ModelAttribute("filter") AssetFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		AssetListParts parts = this.kept.get("inventory/assets", model, Arrays.asList(filter, page), () -> {
			InventorySummary summary = this.inventory.summary(practiceId);
			model.addAttribute("assets", this.inventory.assets(practiceId, filter, page));
			// The whole list is the assets in use or spare, which the summary counts.
			long total = (filter == null || !filter.narrows()) ? summary.assets()
					: this.inventory.countAssets(practiceId, filter);
			model.addAttribute("total", total);
			model.addAttribute("page", page);
			model.addAttribute("pages", Paging.pages(total, Inventory.PAGE_SIZE));
			model.addAttribute("segments", this.inventory.segmentChoices(practiceId));
			model.addAttribute("kindChoices", Labelled.choices(AssetKind.values()));
			model.addAttribute("ephiChoices",
					List.of(Choice.of("yes", "Stores or accesses ePHI"), Choice.of("no", "No ePHI or not known")));
			model.addAttribute("answerChoices", Labelled.choices(Answer.values()));
			model.addAttribute("statusChoices", Labelled.choices(AssetStatus.values()));
			return new AssetListParts(this.kept.render("inventory/assets :: filters", model),
					this.kept.render("inventory/assets :: results", model), summary);
		});
		model.addAttribute("keptFilters", parts.filters());
		model.addAttribute("keptHtml", parts.results());
		model.addAttribute("summary", parts.summary());
		if (htmx != null) {
			return "kept";
		}
		return listPage(model);
	}

	@GetMapping("/assets/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String addForm(@RequestParam(required = false) AssetKind kind, Model model) {
		model.addAttribute("form", AssetForm.blank(kind));
		return formPage(model, null);
	}

	@PostMapping("/assets")
	@Permitted(Permission.INVENTORY_EDIT)
	String add(@Valid @ModelAttribute("form") AssetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(
				errors, () -> this.assets.add(CurrentActor.get(), form), (asset) -> FormPost.redirect(redirect,
						"/inventory/assets/" + asset.id(), "\"" + asset.name() + "\" was added to the inventory."),
				() -> formPage(model, null));
	}

	@GetMapping("/assets/{id}")
	@Permitted(Permission.INVENTORY_READ)
	String details(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("reuse")) {
			model.addAttribute("reuse", MediaReuseForm.blank());
		}
		return detailsPage(model, id);
	}

	@GetMapping("/assets/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		AssetDetails asset = this.inventory.asset(CurrentActor.practiceId(), id);
		model.addAttribute("form", AssetForm.of(asset));
		return formPage(model, asset);
	}

	@PostMapping("/assets/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") AssetForm form, BindingResult errors,
			@RequestParam(name = "editVersion", required = false) Long editVersion, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors,
				() -> this.editVersions.edit("inv_asset", "asset", CurrentActor.practiceId(), id, editVersion,
						() -> this.assets.change(CurrentActor.get(), id, form)),
				(asset) -> FormPost.redirect(redirect, "/inventory/assets/" + id,
						"Changes to \"" + asset.name() + "\" were saved."),
				() -> {
					// The version opened, not the current one: a conflict stays visible.
					model.addAttribute("editVersion", editVersion);
					return formPage(model, this.inventory.asset(CurrentActor.practiceId(), id));
				});
	}

	@GetMapping("/assets/{id}/retire")
	@Permitted(Permission.INVENTORY_EDIT)
	String retireForm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new RetireForm(this.assets.today(actor), null, actor.displayName()));
		return retirePage(model, id);
	}

	@PostMapping("/assets/{id}/retire")
	@Permitted(Permission.INVENTORY_EDIT)
	String retire(@PathVariable UUID id, @Valid @ModelAttribute("form") RetireForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.assets.dispose(CurrentActor.get(), id, form),
				(asset) -> FormPost.redirect(redirect, "/inventory/assets/" + id,
						"\"" + asset.name() + "\" was retired and its disposal recorded."),
				() -> retirePage(model, id));
	}

	@PostMapping("/assets/{id}/reuse")
	@Permitted(Permission.INVENTORY_EDIT)
	String recordReuse(@PathVariable UUID id, @Valid @ModelAttribute("reuse") MediaReuseForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.assets.recordReuse(CurrentActor.get(), id, form),
				(reuse) -> FormPost.redirect(redirect, "/inventory/assets/" + id, "The re-use record was saved."),
				() -> detailsPage(model, id));
	}

	@GetMapping("/assets/import")
	@Permitted(Permission.INVENTORY_EDIT)
	String importForm(Model model) {
		model.addAttribute("form", ImportForm.blank());
		return importPage(model, null);
	}

	/**
	 * A clean file goes straight to the list; a file with rejected rows comes back with
	 * each row's line and reason (and nothing saved, unless only the valid rows were
	 * asked for).
	 */
	@PostMapping("/assets/import")
	@Permitted(Permission.INVENTORY_EDIT)
	String importCsv(@ModelAttribute("form") ImportForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> importFile(form), (result) -> result.complete()
				? FormPost.redirect(redirect, "/inventory/assets", imported(result)) : importPage(model, result),
				() -> importPage(model, null));
	}

	private ImportResult importFile(ImportForm form) {
		if (form.file() == null || form.file().isEmpty()) {
			throw InvalidInputException.of("file", "Choose a CSV file to import.");
		}
		try (Reader reader = AssetCsv.reader(form.file().getInputStream())) {
			return this.assets.importCsv(CurrentActor.get(), reader, form.validOnly());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/assets/template.csv")
	@Permitted(Permission.INVENTORY_READ)
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"bulwark-inventory-template.csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		AssetCsv.writeTemplate(writer);
		writer.flush();
	}

	@GetMapping("/assets/export.csv")
	@Permitted(Permission.INVENTORY_READ)
	void export(HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bulwark-inventory-" + this.assets.today(actor) + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.assets.exportCsv(actor, writer);
		writer.flush();
	}

	@PostMapping("/review")
	@Permitted(Permission.INVENTORY_EDIT)
	String markReviewed(@Valid @ModelAttribute("review") ReviewForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.perform(errors, () -> this.assets.markReviewed(CurrentActor.get(), form),
				() -> FormPost.redirect(redirect, "/inventory/assets",
						"The inventory was marked reviewed. The next review is due in 12 months."),
				() -> firstPage(model));
	}

	// The pages, with what each needs; also shown again when a form has errors.

	private String firstPage(Model model) {
		model.addAttribute("filter", AssetFilter.none());
		return list(AssetFilter.none(), 0, null, model);
	}

	private String listPage(Model model) {
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", ReviewForm.blank());
		}
		return "inventory/assets";
	}

	private String detailsPage(Model model, UUID id) {
		UUID practiceId = CurrentActor.practiceId();
		AssetDetails asset = this.inventory.asset(practiceId, id);
		model.addAttribute("asset", asset);
		model.addAttribute("gaps", AssetGaps.of(asset));
		model.addAttribute("findings", this.inventory.findingsForAsset(practiceId, id));
		model.addAttribute("reuses", this.inventory.reuses(practiceId, id));
		model.addAttribute("evidencePanel", this.evidence.panel(practiceId, EvidenceOwner.of("asset", asset.id()),
				"/inventory/assets/" + asset.id()));
		return "inventory/asset";
	}

	private String formPage(Model model, AssetDetails asset) {
		if (asset != null && !model.containsAttribute("editVersion")) {
			model.addAttribute("editVersion",
					this.editVersions.current("inv_asset", CurrentActor.practiceId(), asset.id()).orElse(null));
		}
		model.addAttribute("asset", asset);
		model.addAttribute("segments", this.inventory.segmentChoices(CurrentActor.practiceId()));
		model.addAttribute("gaps", (asset != null) ? AssetGaps.of(asset) : List.of());
		addChoices(model);
		// A disposed asset keeps its status; disposal itself goes through "Retire".
		model.addAttribute("statuses", (asset != null && !asset.active()) ? AssetStatus.values()
				: new AssetStatus[] { AssetStatus.IN_USE, AssetStatus.SPARE });
		return "inventory/asset-form";
	}

	private String retirePage(Model model, UUID id) {
		model.addAttribute("asset", this.inventory.asset(CurrentActor.practiceId(), id));
		return "inventory/retire";
	}

	private String importPage(Model model, ImportResult result) {
		model.addAttribute("result", result);
		model.addAttribute("columns", AssetCsv.COLUMNS);
		return "inventory/import";
	}

	private static String imported(ImportResult result) {
		return "Imported " + count(result.created(), "asset")
				+ ((result.segmentsCreated() > 0)
						? " and created " + count(result.segmentsCreated(), "network") + " named in the file" : "")
				+ ".";
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

	private static void addChoices(Model model) {
		model.addAttribute("kindChoices", Labelled.choices(AssetKind.values()));
		model.addAttribute("ephiUses", EphiUse.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("patchStatuses", PatchStatus.values());
		model.addAttribute("statuses", AssetStatus.values());
	}

	/**
	 * The list's kept filter form and results, and the summary above them (ADR 0030); the
	 * review form posts, so it is rendered for each request.
	 */
	private record AssetListParts(String filters, String results, InventorySummary summary) {
	}

}
