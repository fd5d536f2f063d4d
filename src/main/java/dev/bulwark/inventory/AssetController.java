package dev.bulwark.inventory;

import java.io.IOException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The asset pages: list with filters and search, create, edit, retire, media re-use, CSV
 * import and export, and the yearly review.
 */
@Controller
@RequestMapping("/inventory")
class AssetController {

	private final Inventory inventory;

	private final AssetService assets;

	AssetController(Inventory inventory, AssetService assets) {
		this.inventory = inventory;
		this.assets = assets;
	}

	@GetMapping("/assets")
	@Permitted(Permission.INVENTORY_READ)
	String list(@ModelAttribute("filter") AssetFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		// A filter value that cannot be read (an edited URL) is ignored rather than
		// failing the page.
		UUID practiceId = CurrentActor.practiceId();
		long total = this.inventory.countAssets(practiceId, filter);
		model.addAttribute("assets", this.inventory.assets(practiceId, filter, page));
		model.addAttribute("total", total);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pages", Math.max(1, (total + AssetRepository.PAGE_SIZE - 1) / AssetRepository.PAGE_SIZE));
		if (htmx != null) {
			return "inventory/assets :: results";
		}
		model.addAttribute("summary", this.inventory.summary(practiceId));
		model.addAttribute("segments", this.inventory.networkSegments(practiceId));
		addChoices(model);
		return "inventory/assets";
	}

	@GetMapping("/assets/new")
	@Permitted(Permission.INVENTORY_EDIT)
	String createForm(@RequestParam(required = false) AssetKind kind, Model model) {
		model.addAttribute("form", AssetForm.blank(kind));
		return form(model, null);
	}

	@PostMapping("/assets")
	@Permitted(Permission.INVENTORY_EDIT)
	String create(@Valid @ModelAttribute("form") AssetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Forms.reject(errors, this.assets.formErrors(CurrentActor.practiceId(), null, form));
		if (errors.hasErrors()) {
			return form(model, null);
		}
		AssetDetails asset = this.assets.create(CurrentActor.practiceId(), form);
		redirect.addFlashAttribute("message", "\"" + asset.name() + "\" was added to the inventory.");
		return "redirect:/inventory/assets/" + asset.id();
	}

	@GetMapping("/assets/{id}")
	@Permitted(Permission.INVENTORY_READ)
	String details(@PathVariable UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		AssetDetails asset = this.inventory.asset(practiceId, id);
		model.addAttribute("asset", asset);
		model.addAttribute("gaps", AssetGaps.of(asset));
		model.addAttribute("findings", this.inventory.findingsForAsset(practiceId, id));
		model.addAttribute("reuses", this.inventory.reuses(practiceId, id));
		if (!model.containsAttribute("reuse")) {
			model.addAttribute("reuse", new MediaReuseForm(null, null, null, null));
		}
		return "inventory/asset";
	}

	@GetMapping("/assets/{id}/edit")
	@Permitted(Permission.INVENTORY_EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		AssetDetails asset = this.inventory.asset(CurrentActor.practiceId(), id);
		model.addAttribute("form", AssetForm.of(asset));
		return form(model, asset);
	}

	@PostMapping("/assets/{id}")
	@Permitted(Permission.INVENTORY_EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AssetForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		AssetDetails asset = this.inventory.asset(practiceId, id);
		Forms.reject(errors, this.assets.formErrors(practiceId, asset, form));
		if (errors.hasErrors()) {
			return form(model, asset);
		}
		this.assets.update(practiceId, id, form);
		redirect.addFlashAttribute("message", "Changes to \"" + form.name() + "\" were saved.");
		return "redirect:/inventory/assets/" + id;
	}

	@GetMapping("/assets/{id}/retire")
	@Permitted(Permission.INVENTORY_EDIT)
	String retireForm(@PathVariable UUID id, Model model) {
		model.addAttribute("asset", this.inventory.asset(CurrentActor.practiceId(), id));
		model.addAttribute("form", new RetireForm(LocalDate.now(), null, CurrentActor.get().displayName()));
		return "inventory/retire";
	}

	@PostMapping("/assets/{id}/retire")
	@Permitted(Permission.INVENTORY_EDIT)
	String retire(@PathVariable UUID id, @Valid @ModelAttribute("form") RetireForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		AssetDetails asset = this.inventory.asset(practiceId, id);
		if (errors.hasErrors()) {
			model.addAttribute("asset", asset);
			return "inventory/retire";
		}
		try {
			this.assets.retire(practiceId, id, form);
			redirect.addFlashAttribute("message", "\"" + asset.name() + "\" was retired and its disposal recorded.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inventory/assets/" + id;
	}

	@PostMapping("/assets/{id}/reuse")
	@Permitted(Permission.INVENTORY_EDIT)
	String recordReuse(@PathVariable UUID id, @Valid @ModelAttribute("reuse") MediaReuseForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID practiceId = CurrentActor.practiceId();
		this.inventory.asset(practiceId, id);
		if (errors.hasErrors()) {
			return details(id, model);
		}
		this.assets.recordReuse(practiceId, id, form);
		redirect.addFlashAttribute("message", "The re-use record was saved.");
		return "redirect:/inventory/assets/" + id;
	}

	@GetMapping("/assets/import")
	@Permitted(Permission.INVENTORY_EDIT)
	String importPage(Model model) {
		model.addAttribute("columns", AssetCsv.COLUMNS);
		return "inventory/import";
	}

	@PostMapping("/assets/import")
	@Permitted(Permission.INVENTORY_EDIT)
	String importCsv(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean validOnly, Model model, RedirectAttributes redirect)
			throws IOException {
		model.addAttribute("columns", AssetCsv.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "Choose a CSV file to import.");
			return "inventory/import";
		}
		ImportResult result;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = this.assets.importCsv(CurrentActor.practiceId(), reader, validOnly);
		}
		if (result.saved() && result.rejected().isEmpty()) {
			redirect.addFlashAttribute("message",
					"Imported " + count(result.created(), "asset") + ((result.segmentsCreated() > 0)
							? " and created " + count(result.segmentsCreated(), "network") + " named in the file" : "")
							+ ".");
			return "redirect:/inventory/assets";
		}
		model.addAttribute("result", result);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "inventory/import";
	}

	@GetMapping("/assets/template.csv")
	@Permitted(Permission.INVENTORY_READ)
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"bulwark-inventory-template.csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		AssetCsv.writeTemplate(writer);
		writer.flush();
	}

	@GetMapping("/assets/export.csv")
	@Permitted(Permission.INVENTORY_READ)
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bulwark-inventory-" + LocalDate.now() + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.assets.exportCsv(CurrentActor.practiceId(), writer);
		writer.flush();
	}

	@PostMapping("/review")
	@Permitted(Permission.INVENTORY_EDIT)
	String markReviewed(@RequestParam(required = false) String notes, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			this.assets.markReviewed(actor.practiceId(), actor.userId(),
					actor.displayName() + " <" + actor.email() + ">", notes);
			redirect.addFlashAttribute("message",
					"The inventory was marked reviewed. The next review is due in 12 months.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inventory/assets";
	}

	private String form(Model model, AssetDetails asset) {
		model.addAttribute("asset", asset);
		model.addAttribute("segments", this.inventory.networkSegments(CurrentActor.practiceId()));
		model.addAttribute("gaps", (asset != null) ? AssetGaps.of(asset) : java.util.List.of());
		addChoices(model);
		return "inventory/asset-form";
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

	private static void addChoices(Model model) {
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("ephiUses", EphiUse.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("patchStatuses", PatchStatus.values());
		model.addAttribute("statuses", AssetStatus.values());
	}

}
