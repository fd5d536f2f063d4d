package dev.bulwark.audit;

import java.io.IOException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.KeptParts;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for the security officer and the auditor: filter, page through,
 * export.
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final Clock clock;

	private final KeptParts kept;

	AuditController(AuditTrail trail, Clock clock, KeptParts kept) {
		this.trail = trail;
		this.kept = kept;
		this.clock = clock;
	}

	@GetMapping("/audit")
	@Permitted(Permission.AUDIT_READ)
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		var practiceId = CurrentActor.practiceId();
		// The view is recorded first, as it always was, so a first view lists itself.
		this.trail.viewed(practiceId, filter);
		// Kept (ADR 0030) under the number of the latest entry: any new entry, a read
		// included, gives a new key, so the kept page is never behind the trail.
		long lastSeq = this.trail.lastSeq(practiceId);
		model.addAttribute("keptHtml",
				this.kept.html("audit/list :: list", model, List.of(filter, page, lastSeq), () -> {
					List<AuditEntry> entries = this.trail.entries(practiceId, filter, page);
					long total = this.trail.count(practiceId, filter);
					model.addAttribute("entries", entries);
					model.addAttribute("total", total);
					model.addAttribute("page", page);
					model.addAttribute("pages", Math.max(1, (total + AuditTrail.PAGE_SIZE - 1) / AuditTrail.PAGE_SIZE));
				}));
		return "audit/list";
	}

	@GetMapping("/audit/export.csv")
	@Permitted(Permission.AUDIT_READ)
	void export(@ModelAttribute AuditFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CurrentActor.get().zone());
		response.setHeader("Content-Disposition", "attachment; filename=\"bulwark-audit-" + today + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.trail.exportCsv(CurrentActor.practiceId(), filter, writer);
		writer.flush();
	}

}
