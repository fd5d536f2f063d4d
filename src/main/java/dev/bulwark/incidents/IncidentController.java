package dev.bulwark.incidents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident pages: the quick report and one's own reports (everyone), the incident
 * list, an incident with its triage, timeline and evidence, the breach assessment, the
 * breach with its deadlines, the notice letter (edit and PDF), and the breaches with the
 * year's log (security officer; auditors read).
 */
@Controller
class IncidentController {

	private final Incidents incidents;

	private final EvidenceStore evidence;

	private final LetterPdf letterPdf;

	IncidentController(Incidents incidents, EvidenceStore evidence, LetterPdf letterPdf) {
		this.incidents = incidents;
		this.evidence = evidence;
		this.letterPdf = letterPdf;
	}

	// Reports

	@GetMapping("/incidents/report")
	@Permitted(Permission.INCIDENT_REPORT)
	String reportForm(Model model) {
		model.addAttribute("form", ReportForm.blank(CurrentActor.get().displayName()));
		return "incidents/report";
	}

	@PostMapping("/incidents/report")
	@Permitted(Permission.INCIDENT_REPORT)
	String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors, RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.incidents.report(CurrentActor.get(), form),
				(id) -> FormPost.redirect(redirect, "/incidents/mine",
						"Thank you: your report was recorded and the security officer will follow it up."),
				() -> "incidents/report");
	}

	@GetMapping("/incidents/mine")
	@Permitted(Permission.INCIDENT_REPORT)
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Paging.check(page);
		long total = this.incidents.countMine(actor);
		model.addAttribute("reports", this.incidents.myReports(actor, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, IncidentRepository.PAGE_SIZE));
		return "incidents/mine";
	}

	// The officer's pages

	@GetMapping("/incidents")
	@Permitted(Permission.INCIDENTS_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Paging.check(page);
		long total = this.incidents.count(actor.practiceId());
		model.addAttribute("incidents", this.incidents.incidents(actor, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, IncidentRepository.PAGE_SIZE));
		return "incidents/list";
	}

	@GetMapping("/incidents/{id}")
	@Permitted(Permission.INCIDENTS_READ)
	String show(@PathVariable UUID id, Model model) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "details and timeline");
		if (!model.containsAttribute("triage")) {
			model.addAttribute("triage", incident.triageForm());
		}
		if (!model.containsAttribute("entry")) {
			model.addAttribute("entry", EntryForm.blank());
		}
		return showPage(incident, model);
	}

	private String showPage(IncidentDetails incident, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("incident", incident);
		model.addAttribute("types", Labelled.choices(IncidentType.values()));
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("entryKinds", EntryKind.values());
		model.addAttribute("systems",
				this.incidents.systems(practiceId)
					.stream()
					.map((system) -> new Choice(system.id().toString(), system.label()))
					.toList());
		model.addAttribute("evidencePanel", this.evidence.panel(practiceId, EvidenceOwner.of("incident", incident.id()),
				"/incidents/" + incident.id()));
		return "incidents/show";
	}

	@PostMapping("/incidents/{id}/triage")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String triage(@PathVariable UUID id, @Valid @ModelAttribute("triage") TriageForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.incidents.triage(actor, id, form),
				(incident) -> FormPost.redirect(redirect, "/incidents/" + id, "The triage was saved."), () -> {
					model.addAttribute("entry", EntryForm.blank());
					return showPage(this.incidents.incident(actor, id, "details and timeline"), model);
				});
	}

	@PostMapping("/incidents/{id}/timeline")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String addEntry(@PathVariable UUID id, @Valid @ModelAttribute("entry") EntryForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.incidents.addEntry(actor, id, form),
				(entry) -> FormPost.redirect(redirect, "/incidents/" + id,
						(entry.kind() == EntryKind.FOLLOW_UP)
								? "The follow-up action was added; it is proposed to the risk register."
								: "The " + entry.kind().label().toLowerCase(java.util.Locale.ROOT) + " was added."),
				() -> {
					IncidentDetails incident = this.incidents.incident(actor, id, "details and timeline");
					model.addAttribute("triage", incident.triageForm());
					return showPage(incident, model);
				});
	}

	// Breach assessment

	@GetMapping("/incidents/{id}/assessment")
	@Permitted(Permission.INCIDENTS_READ)
	String assessment(@PathVariable UUID id, Model model) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "breach assessment");
		model.addAttribute("form",
				(incident.assessment() != null) ? incident.assessment().answers() : AssessmentForm.blank());
		return assessmentPage(incident, model);
	}

	private String assessmentPage(IncidentDetails incident, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("exceptions", Labelled.choices(ExceptionKind.values()));
		return "incidents/assessment";
	}

	@PostMapping("/incidents/{id}/assessment")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String assess(@PathVariable UUID id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.incidents.assess(actor, id, form),
				(assessment) -> FormPost.redirect(redirect,
						assessment.conclusion().breach() ? "/incidents/" + id + "/breach" : "/incidents/" + id,
						"Assessment recorded: " + assessment.conclusion().label() + "."),
				() -> assessmentPage(this.incidents.incident(actor, id, "breach assessment"), model));
	}

	// Breach

	@GetMapping("/incidents/{id}/breach")
	@Permitted(Permission.INCIDENTS_READ)
	String breach(@PathVariable UUID id, Model model) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "breach");
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", (incident.breach() != null) ? incident.breach().facts() : blankBreach(incident));
		}
		return breachPage(incident, model);
	}

	private static BreachForm blankBreach(IncidentDetails incident) {
		return new BreachForm(incident.happenedOn(), null, null, null, 0, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	private String breachPage(IncidentDetails incident, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("breachTypes", Labelled.choices(PortalBreachType.values()));
		model.addAttribute("locations", Labelled.choices(PortalLocation.values()));
		if (incident.breach() != null) {
			model.addAttribute("deadlines", incident.breach().deadlines());
			model.addAttribute("substitute", incident.breach().substituteNotice());
			model.addAttribute("stateLawNote", StateLaw.note(incident.breach().facts().stateLawCheckedOn()));
		}
		return "incidents/breach";
	}

	@PostMapping("/incidents/{id}/breach")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String recordBreach(@PathVariable UUID id, @Valid @ModelAttribute("form") BreachForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.incidents.recordBreach(actor, id, form),
				(breach) -> FormPost.redirect(redirect, "/incidents/" + id + "/breach",
						"The breach was saved: notify the individuals by " + breach.deadlines().individualsDue() + "."),
				() -> breachPage(this.incidents.incident(actor, id, "breach"), model));
	}

	@GetMapping("/incidents/{id}/breach/letter")
	@Permitted(Permission.INCIDENTS_READ)
	String letter(@PathVariable UUID id, Model model) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "notice letter");
		if (incident.breach() == null) {
			throw dev.bulwark.shared.NotFoundException.of("Breach", id);
		}
		model.addAttribute("form", new LetterForm(incident.breach().letter()));
		return letterPage(incident, model);
	}

	private String letterPage(IncidentDetails incident, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("substitute", incident.breach().substituteNotice());
		return "incidents/letter";
	}

	@PostMapping("/incidents/{id}/breach/letter")
	@Permitted(Permission.INCIDENTS_MANAGE)
	String saveLetter(@PathVariable UUID id, @Valid @ModelAttribute("form") LetterForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return FormPost.submit(errors, () -> this.incidents.saveLetter(actor, id, form),
				(breach) -> FormPost.redirect(redirect, "/incidents/" + id + "/breach/letter", "The letter was saved."),
				() -> {
					IncidentDetails incident = this.incidents.incident(actor, id, "notice letter");
					if (incident.breach() == null) {
						throw dev.bulwark.shared.NotFoundException.of("Breach", id);
					}
					return letterPage(incident, model);
				});
	}

	@GetMapping("/incidents/{id}/breach/letter.pdf")
	@Permitted(Permission.INCIDENTS_READ)
	ResponseEntity<byte[]> letterPdf(@PathVariable UUID id) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "notice letter (PDF)");
		if (incident.breach() == null || incident.breach().letter() == null) {
			throw dev.bulwark.shared.NotFoundException.of("Breach", id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("breach-notice-letter.pdf").build().toString())
			.body(this.letterPdf.render(incident.breach().letter()));
	}

	// Breaches and the year's log

	@GetMapping("/breaches")
	@Permitted(Permission.INCIDENTS_READ)
	String breaches(@RequestParam(required = false) Integer year, Model model) {
		Actor actor = CurrentActor.get();
		int logYear = BreachLog.year(year, this.incidents.today(actor));
		List<Incidents.BreachView> breaches = this.incidents.breaches(actor);
		model.addAttribute("breaches", breaches);
		model.addAttribute("year", logYear);
		model.addAttribute("log",
				breaches.stream()
					.filter((view) -> !view.deadlines().hhsWithIndividuals()
							&& view.breach().discoveredOn().getYear() == logYear)
					.toList());
		model.addAttribute("logDue", BreachClock.yearLogDue(logYear));
		return "incidents/breaches";
	}

	@GetMapping("/breaches/log.csv")
	@Permitted(Permission.INCIDENTS_READ)
	ResponseEntity<byte[]> logCsv(@RequestParam(required = false) Integer year) throws IOException {
		Actor actor = CurrentActor.get();
		int logYear = BreachLog.year(year, this.incidents.today(actor));
		byte[] csv = BreachLog.csv(this.incidents.yearLog(actor, logYear));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("breach-log-" + logYear + ".csv").build().toString())
			.body(csv);
	}

}
