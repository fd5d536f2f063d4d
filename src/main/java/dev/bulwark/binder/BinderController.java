package dev.bulwark.binder;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.StateConflictException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The binder page: prepare an export, watch it become ready, download it. */
@Controller
class BinderController {

	private final Binders binders;

	private final Clock clock;

	BinderController(Binders binders, Clock clock) {
		this.binders = binders;
		this.clock = clock;
	}

	@GetMapping("/binder")
	@Permitted(Permission.BINDER_EXPORT)
	String page(Model model) {
		exports(model);
		return "binder/page";
	}

	/** The list alone, polled by the page while an export is being prepared. */
	@GetMapping("/binder/exports")
	@Permitted(Permission.BINDER_EXPORT)
	String exportsFragment(Model model) {
		exports(model);
		return "binder/page :: exports";
	}

	@PostMapping("/binder")
	@Permitted(Permission.BINDER_EXPORT)
	String start(RedirectAttributes redirect) {
		try {
			this.binders.start(CurrentActor.get());
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/binder";
		}
		return FormPost.redirect(redirect, "/binder",
				"The binder is being prepared. This page shows the download as soon as it is ready.");
	}

	@GetMapping("/binder/{id}/download")
	@Permitted(Permission.BINDER_EXPORT)
	void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		BinderDownloads.send(this.binders.download(CurrentActor.get(), id), response);
	}

	private void exports(Model model) {
		List<BinderExport> exports = this.binders.recent(CurrentActor.practiceId());
		model.addAttribute("exports", exports);
		model.addAttribute("preparing", exports.stream().anyMatch(BinderExport::preparing));
		model.addAttribute("now", this.clock.instant());
	}

}
