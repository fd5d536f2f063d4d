package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents, breach assessments, breaches and drills for scripts and MSP tools. Every
 * read of an incident is recorded in the audit trail.
 */
@RestController
@Tag(name = "Incidents", description = "Security incidents, breach assessments, breaches with their deadlines, drills")
class IncidentApiController {

	private final Incidents incidents;

	IncidentApiController(Incidents incidents) {
		this.incidents = incidents;
	}

	/** An incident line. */
	record IncidentLine(UUID id, String what, LocalDate happenedOn, String reportedBy, Instant reportedAt,
			String status, String type, String conclusion) {

		static IncidentLine of(IncidentSummary summary) {
			return new IncidentLine(summary.id(), summary.what(), summary.happenedOn(), summary.reportedByName(),
					summary.reportedAt(), summary.status().name(),
					(summary.type() != null) ? summary.type().name() : null,
					(summary.conclusion() != null) ? summary.conclusion().name() : null);
		}

	}

	/** A breach with its computed deadlines. */
	record BreachBody(UUID incidentId, BreachForm facts, Deadlines deadlines, String substituteNotice,
			String stateLawNote) {

		static BreachBody of(Breach breach) {
			BreachClock.Deadlines d = breach.deadlines();
			return new BreachBody(breach.incidentId(), breach.facts(),
					new Deadlines(d.individualsDue(), d.individualsDueWithoutDelay(), d.hhsWithIndividuals(),
							d.hhsDue(), d.logYear(), d.mediaDue(), d.mediaStates(), d.businessAssociateNoticeDue(),
							d.delayEndsOn()),
					breach.substituteNotice().label(), StateLaw.note(breach.facts().stateLawCheckedOn()));
		}

	}

	/** The deadlines of a breach (practice-local dates). */
	record Deadlines(LocalDate individualsDue, LocalDate individualsDueWithoutDelay, boolean hhsWithIndividuals,
			LocalDate hhsDue, Integer logYear, LocalDate mediaDue, List<String> mediaStates,
			LocalDate businessAssociateNoticeDue, LocalDate lawEnforcementDelayEndsOn) {
	}

	/** The breach assessment as decided. */
	record AssessmentBody(UUID incidentId, AssessmentForm answers, String conclusion, boolean breach, String decidedBy,
			Instant decidedAt) {

		static AssessmentBody of(BreachAssessment assessment) {
			return new AssessmentBody(assessment.incidentId(), assessment.answers(), assessment.conclusion().name(),
					assessment.conclusion().breach(), assessment.decidedByName(), assessment.decidedAt());
		}

	}

	/** An incident in full. */
	record IncidentBody(UUID id, String what, LocalDate happenedOn, String happenedAtTime, String noticedBy,
			String reportedBy, Instant reportedAt, String status, String type, Boolean phiInvolved,
			List<IncidentDetails.SystemLink> systems, String vendors, String rootCause, String lessons,
			AssessmentBody assessment, BreachBody breach) {

		static IncidentBody of(IncidentDetails i) {
			return new IncidentBody(i.id(), i.what(), i.happenedOn(), i.happenedAtTime(), i.noticedBy(),
					i.reportedByName(), i.reportedAt(), i.status().name(), (i.type() != null) ? i.type().name() : null,
					i.phiInvolved(), i.systems(), i.vendors(), i.rootCause(), i.lessons(),
					(i.assessment() != null) ? AssessmentBody.of(i.assessment()) : null,
					(i.breach() != null) ? BreachBody.of(i.breach()) : null);
		}

	}

	/** A timeline line. */
	record EntryBody(UUID id, String kind, Instant happenedAt, String description, String doneBy) {

		static EntryBody of(IncidentDetails.Entry entry) {
			return new EntryBody(entry.id(), entry.kind().name(), entry.happenedAt(), entry.description(),
					entry.doneBy());
		}

	}

	// Incidents

	@PostMapping("/api/v1/incidents")
	@Permitted(Permission.INCIDENT_REPORT)
	@Operation(summary = "Report an incident: what, happenedOn (practice date), happenedAtTime (HH:MM, optional), "
			+ "noticedBy")
	ResponseEntity<IncidentLine> report(@Valid @RequestBody ReportForm form) {
		Actor actor = CurrentActor.get();
		UUID id = this.incidents.report(actor, form);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.incidents.myReports(actor, 0)
				.stream()
				.filter((line) -> line.id().equals(id))
				.findFirst()
				.map(IncidentLine::of)
				.orElseThrow());
	}

	@GetMapping("/api/v1/incidents")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "Every incident, newest first, 50 per page (total in X-Total-Count); audited")
	ResponseEntity<List<IncidentLine>> list(@RequestParam(defaultValue = "0") int page) {
		Actor actor = CurrentActor.get();
		Paging.check(page);
		List<IncidentLine> lines = this.incidents.incidents(actor, page).stream().map(IncidentLine::of).toList();
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(this.incidents.count(actor.practiceId())))
			.body(lines);
	}

	@GetMapping("/api/v1/incidents/mine")
	@Permitted(Permission.INCIDENT_REPORT)
	@Operation(summary = "The caller's own reports, newest first, 50 per page; audited")
	ResponseEntity<List<IncidentLine>> mine(@RequestParam(defaultValue = "0") int page) {
		Actor actor = CurrentActor.get();
		Paging.check(page);
		List<IncidentLine> lines = this.incidents.myReports(actor, page).stream().map(IncidentLine::of).toList();
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(this.incidents.countMine(actor))).body(lines);
	}

	@GetMapping("/api/v1/incidents/{id}")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "One incident with its triage, assessment and breach; audited")
	IncidentBody read(@PathVariable UUID id) {
		return IncidentBody.of(this.incidents.incident(CurrentActor.get(), id, "details (API)"));
	}

	@PutMapping("/api/v1/incidents/{id}")
	@Permitted(Permission.INCIDENTS_MANAGE)
	@Operation(summary = "Triage or update an incident: type, status, phiInvolved, systemIds (inventory), vendors, "
			+ "rootCause, lessons")
	IncidentBody update(@PathVariable UUID id, @Valid @RequestBody TriageForm form) {
		return IncidentBody.of(this.incidents.triage(CurrentActor.get(), id, form));
	}

	@GetMapping("/api/v1/incidents/{id}/timeline")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "The incident's timeline in order; audited")
	List<EntryBody> timeline(@PathVariable UUID id) {
		return this.incidents.incident(CurrentActor.get(), id, "timeline (API)")
			.timeline()
			.stream()
			.map(EntryBody::of)
			.toList();
	}

	@PostMapping("/api/v1/incidents/{id}/timeline")
	@Permitted(Permission.INCIDENTS_MANAGE)
	@Operation(summary = "Add an event, containment step (doneBy required) or follow-up action (proposed to the risk "
			+ "register)")
	ResponseEntity<EntryBody> addEntry(@PathVariable UUID id, @Valid @RequestBody EntryForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(EntryBody.of(this.incidents.addEntry(CurrentActor.get(), id, form)));
	}

	// Breach assessment

	@GetMapping("/api/v1/incidents/{id}/breach-assessment")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "The breach assessment, 404 when none is recorded; audited")
	AssessmentBody assessment(@PathVariable UUID id) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "breach assessment (API)");
		if (incident.assessment() == null) {
			throw dev.bulwark.shared.NotFoundException.of("Breach assessment", id);
		}
		return AssessmentBody.of(incident.assessment());
	}

	@PutMapping("/api/v1/incidents/{id}/breach-assessment")
	@Permitted(Permission.INCIDENTS_MANAGE)
	@Operation(summary = "Record the breach assessment: exceptionKind, secured, the four factors, lowProbability; "
			+ "the conclusion is drawn and recorded with who decided and when")
	AssessmentBody assess(@PathVariable UUID id, @Valid @RequestBody AssessmentForm form) {
		return AssessmentBody.of(this.incidents.assess(CurrentActor.get(), id, form));
	}

	// Breaches

	@GetMapping("/api/v1/breaches")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "Every breach with its computed deadlines (practice-local dates), newest discovery first; "
			+ "a practice has few, so the list is whole; audited")
	ResponseEntity<List<BreachBody>> breaches() {
		List<BreachBody> breaches = this.incidents.breaches(CurrentActor.get())
			.stream()
			.map((view) -> BreachBody.of(view.breach()))
			.toList();
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(breaches.size())).body(breaches);
	}

	@GetMapping("/api/v1/breaches/{id}")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "The breach of an incident (by the incident's id) with its deadlines; audited")
	BreachBody breach(@PathVariable UUID id) {
		IncidentDetails incident = this.incidents.incident(CurrentActor.get(), id, "breach (API)");
		if (incident.breach() == null) {
			throw dev.bulwark.shared.NotFoundException.of("Breach", id);
		}
		return BreachBody.of(incident.breach());
	}

	@PutMapping("/api/v1/breaches/{id}")
	@Permitted(Permission.INCIDENTS_MANAGE)
	@Operation(summary = "Record or change the breach of an incident assessed as a breach (409 otherwise): "
			+ "discoveredOn, affected, states (\"CA: 10, NV: 2\"), law-enforcement delay, notices sent")
	BreachBody recordBreach(@PathVariable UUID id, @Valid @RequestBody BreachForm form) {
		return BreachBody.of(this.incidents.recordBreach(CurrentActor.get(), id, form));
	}

	// Drills

	@GetMapping("/api/v1/drills")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "Tabletop drills, newest first, 50 per page (total in X-Total-Count)")
	ResponseEntity<List<Drill>> drills(@RequestParam(defaultValue = "0") int page) {
		java.util.UUID practiceId = CurrentActor.practiceId();
		Paging.check(page);
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(this.incidents.countDrills(practiceId)))
			.body(this.incidents.drills(practiceId, page));
	}

	@GetMapping("/api/v1/drills/{id}")
	@Permitted(Permission.INCIDENTS_READ)
	@Operation(summary = "One drill")
	Drill drill(@PathVariable UUID id) {
		return this.incidents.drill(CurrentActor.practiceId(), id);
	}

	@PostMapping("/api/v1/drills")
	@Permitted(Permission.INCIDENTS_MANAGE)
	@Operation(summary = "Record a drill: scenario, heldOn, participants, wentWell, wentBadly, actions")
	ResponseEntity<Drill> recordDrill(@Valid @RequestBody DrillForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.incidents.recordDrill(CurrentActor.get(), form));
	}

}
