package dev.bulwark.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import dev.bulwark.incidents.IncidentEvent.BreachAssessed;
import dev.bulwark.incidents.IncidentEvent.BreachRecorded;
import dev.bulwark.incidents.IncidentEvent.DrillRecorded;
import dev.bulwark.incidents.IncidentEvent.IncidentEntryAdded;
import dev.bulwark.incidents.IncidentEvent.IncidentReported;
import dev.bulwark.incidents.IncidentEvent.IncidentUpdated;
import dev.bulwark.incidents.IncidentEvent.IncidentViewed;
import dev.bulwark.incidents.IncidentEvent.IncidentsListed;
import dev.bulwark.incidents.IncidentEvent.NoticeLetterSaved;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security incidents and breach notification. Anyone in the practice reports an incident
 * and follows their own reports; the security officer triages, keeps the timeline,
 * assesses whether a breach occurred and records the breach, whose deadlines this module
 * computes ({@link BreachClock}) and reports to the calendar. Auditors read.
 * <p>
 * Incident records may name patients: every read of one publishes an
 * {@link IncidentEvent.IncidentViewed} or {@link IncidentEvent.IncidentsListed}, so the
 * reading methods run in a writing transaction (the audit entry is the only write).
 */
@Service
public class Incidents {

	/** The source of this module's gaps and due items. */
	static final String SOURCE = "incidents";

	private final IncidentRepository repository;

	private final Inventory inventory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Incidents(IncidentRepository repository, Inventory inventory, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.inventory = inventory;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	// Reports

	/** Anyone in the practice reports an incident. */
	@Transactional
	public UUID report(Actor actor, ReportForm form) {
		actor.require(Permission.INCIDENT_REPORT);
		if (form.happenedOn().isAfter(today(actor))) {
			throw InvalidInputException.of("happenedOn", "The day cannot be in the future.");
		}
		UUID id = UUID.randomUUID();
		this.repository.insert(actor.practiceId(), id, form, actor, this.clock.instant());
		this.events.publishEvent(new IncidentReported(actor.practiceId(), id, form.happenedOn()));
		return id;
	}

	/** One page of the person's own reports (staff see nothing else); audited. */
	@Transactional
	List<IncidentSummary> myReports(Actor actor, int page) {
		actor.require(Permission.INCIDENT_REPORT);
		List<IncidentSummary> reports = this.repository.list(actor.practiceId(), actor.userId(),
				Paging.offset(page, IncidentRepository.PAGE_SIZE));
		this.events.publishEvent(new IncidentsListed(actor.practiceId(), "own reports", reports.size()));
		return reports;
	}

	@Transactional(readOnly = true)
	long countMine(Actor actor) {
		return this.repository.count(actor.practiceId(), actor.userId());
	}

	/** One page of every incident, newest first; audited. */
	@Transactional
	List<IncidentSummary> incidents(Actor actor, int page) {
		actor.require(Permission.INCIDENTS_READ);
		List<IncidentSummary> incidents = this.repository.list(actor.practiceId(), null,
				Paging.offset(page, IncidentRepository.PAGE_SIZE));
		this.events.publishEvent(new IncidentsListed(actor.practiceId(), "all incidents", incidents.size()));
		return incidents;
	}

	@Transactional(readOnly = true)
	long count(UUID practiceId) {
		return this.repository.count(practiceId, null);
	}

	/**
	 * One incident; audited with the part read (details, timeline, assessment, breach,
	 * letter).
	 */
	@Transactional
	IncidentDetails incident(Actor actor, UUID id, String part) {
		actor.require(Permission.INCIDENTS_READ);
		IncidentDetails incident = find(actor.practiceId(), id);
		this.events.publishEvent(new IncidentViewed(actor.practiceId(), id, part));
		return incident;
	}

	private IncidentDetails find(UUID practiceId, UUID id) {
		return this.repository.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Incident", id));
	}

	/** The systems of the inventory to choose from. */
	@Transactional(readOnly = true)
	List<InventorySystem> systems(UUID practiceId) {
		return this.inventory.systems(practiceId);
	}

	// Triage and timeline

	@Transactional
	IncidentDetails triage(Actor actor, UUID id, TriageForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		IncidentDetails before = find(actor.practiceId(), id);
		List<IncidentDetails.SystemLink> systems = new ArrayList<>();
		for (UUID assetId : form.systemIds().stream().distinct().toList()) {
			InventorySystem system = this.inventory.system(actor.practiceId(), assetId)
				.or(() -> before.systems()
					.stream()
					.filter((kept) -> kept.assetId().equals(assetId))
					.findFirst()
					.map((kept) -> new InventorySystem(kept.assetId(), kept.name(), "", false)))
				.orElseThrow(() -> InvalidInputException.of("systemIds",
						"That system does not exist in this practice's inventory."));
			systems.add(new IncidentDetails.SystemLink(system.id(), system.name()));
		}
		if (Boolean.FALSE.equals(form.phiInvolved()) && before.assessment() != null) {
			throw InvalidInputException.of("phiInvolved",
					"A breach assessment is recorded for this incident: it involved PHI.");
		}
		this.repository.updateTriage(actor.practiceId(), id, form, systems, this.clock.instant());
		this.events
			.publishEvent(new IncidentUpdated(actor.practiceId(), id, form.type().label(), form.status().label()));
		return find(actor.practiceId(), id);
	}

	@Transactional
	IncidentDetails.Entry addEntry(Actor actor, UUID id, EntryForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		IncidentDetails incident = find(actor.practiceId(), id);
		if (incident.status() == IncidentStatus.CLOSED && form.kind() != EntryKind.FOLLOW_UP) {
			throw StateConflictException.of("The incident is closed: reopen it (status \"Being handled\") to add to "
					+ "its timeline; follow-up actions can still be added.");
		}
		Instant happenedAt = at(form.happenedOn(), form.happenedAtTime(), actor.zone());
		if (happenedAt.isAfter(this.clock.instant()) && form.kind() != EntryKind.FOLLOW_UP) {
			throw InvalidInputException.of("happenedOn", "An event or step cannot be in the future.");
		}
		if (form.kind() == EntryKind.CONTAINMENT && form.doneBy() == null) {
			throw InvalidInputException.of("doneBy", "Say who took the step.");
		}
		UUID entryId = UUID.randomUUID();
		this.repository.insertEntry(actor.practiceId(), id, entryId, form, happenedAt, actor, this.clock.instant());
		this.events.publishEvent(new IncidentEntryAdded(actor.practiceId(), id, entryId, form.kind().label()));
		if (form.kind() == EntryKind.FOLLOW_UP) {
			this.events.publishEvent(gaps(actor.practiceId()));
		}
		return this.repository.timeline(actor.practiceId(), id)
			.stream()
			.filter((entry) -> entry.id().equals(entryId))
			.findFirst()
			.orElseThrow();
	}

	private static Instant at(LocalDate day, String time, ZoneId zone) {
		LocalTime clock = (time != null) ? LocalTime.parse(time) : LocalTime.NOON;
		return day.atTime(clock).atZone(zone).toInstant();
	}

	/** The follow-up actions of every incident, one gap per incident. */
	GapsReported gaps(UUID practiceId) {
		Map<UUID, List<String>> followUps = this.repository.followUps(practiceId);
		List<GapsReported.Gap> gaps = new ArrayList<>();
		for (Map.Entry<UUID, List<String>> entry : followUps.entrySet()) {
			IncidentDetails incident = find(practiceId, entry.getKey());
			String detail = String.join("; ", entry.getValue());
			gaps.add(new GapsReported.Gap("incident:" + entry.getKey(), null, "164.308(a)(6)(ii)",
					"Follow-up actions from the incident of " + incident.happenedOn() + " ("
							+ incident.typeLabel().toLowerCase(java.util.Locale.ROOT) + ")",
					(detail.length() > 1000) ? detail.substring(0, 997) + "..." : detail,
					"/incidents/" + entry.getKey()));
		}
		return new GapsReported(practiceId, SOURCE, gaps);
	}

	// Breach assessment

	@Transactional
	BreachAssessment assess(Actor actor, UUID id, AssessmentForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		IncidentDetails incident = find(actor.practiceId(), id);
		if (Boolean.FALSE.equals(incident.phiInvolved())) {
			throw StateConflictException.of("The incident is recorded as not involving PHI, so there is no breach to "
					+ "assess. If PHI was involved after all, change that in the triage first.");
		}
		Conclusion conclusion = BreachAssessment.conclude(form, incident.type());
		if (!conclusion.breach() && incident.breach() != null) {
			throw StateConflictException.of("A breach is recorded for this incident with its deadlines; the "
					+ "assessment cannot conclude otherwise while it stands.");
		}
		this.repository.saveAssessment(actor.practiceId(), id, form, conclusion, actor, this.clock.instant());
		BreachAssessment saved = this.repository.assessment(actor.practiceId(), id).orElseThrow();
		this.events.publishEvent(new BreachAssessed(actor.practiceId(), id, conclusion.label(), conclusion.breach(),
				saved.decidedByName()));
		return saved;
	}

	// Breaches

	@Transactional
	Breach recordBreach(Actor actor, UUID id, BreachForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		IncidentDetails incident = find(actor.practiceId(), id);
		if (!incident.isBreach()) {
			throw StateConflictException.of("Record a breach once the assessment concludes that one occurred.");
		}
		Map<String, Integer> states = Breach.check(form, today(actor));
		Instant now = this.clock.instant();
		String letter = (incident.breach() != null && incident.breach().letter() != null) ? incident.breach().letter()
				: Breach.draftLetter(actor.practiceName(), form);
		Instant recordedAt = (incident.breach() != null) ? incident.breach().recordedAt() : now;
		this.repository.saveBreach(actor.practiceId(), id, form, states, letter, recordedAt, now);
		Breach breach = this.repository.breach(actor.practiceId(), id).orElseThrow();
		this.events.publishEvent(new BreachRecorded(actor.practiceId(), id, form.discoveredOn(), form.affected(),
				breach.deadlines().individualsDue()));
		this.events.publishEvent(dueItems(actor.practiceId()));
		return breach;
	}

	@Transactional
	Breach saveLetter(Actor actor, UUID id, LetterForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		IncidentDetails incident = find(actor.practiceId(), id);
		if (incident.breach() == null) {
			throw StateConflictException.of("Record the breach before writing its notice letter.");
		}
		this.repository.saveLetter(actor.practiceId(), id, form.letter(), this.clock.instant());
		this.events.publishEvent(new NoticeLetterSaved(actor.practiceId(), id));
		return this.repository.breach(actor.practiceId(), id).orElseThrow();
	}

	/** Every breach with its incident, newest discovery first; audited. */
	@Transactional
	List<BreachView> breaches(Actor actor) {
		actor.require(Permission.INCIDENTS_READ);
		List<BreachView> breaches = views(actor.practiceId());
		this.events.publishEvent(new IncidentsListed(actor.practiceId(), "breaches", breaches.size()));
		return breaches;
	}

	/**
	 * The breaches of fewer than 500 people discovered in a year (the year's log);
	 * audited.
	 */
	@Transactional
	List<BreachView> yearLog(Actor actor, int year) {
		actor.require(Permission.INCIDENTS_READ);
		List<BreachView> log = yearLog(actor.practiceId(), year);
		this.events.publishEvent(new IncidentsListed(actor.practiceId(), "breach log " + year, log.size()));
		return log;
	}

	List<BreachView> yearLog(UUID practiceId, int year) {
		return views(practiceId).stream()
			.filter((view) -> !view.deadlines().hhsWithIndividuals() && view.breach().discoveredOn().getYear() == year)
			.sorted(Comparator.comparing((BreachView view) -> view.breach().discoveredOn()))
			.toList();
	}

	private List<BreachView> views(UUID practiceId) {
		return this.repository.allBreaches(practiceId)
			.stream()
			.map((breach) -> new BreachView(find(practiceId, breach.incidentId()), breach, breach.deadlines()))
			.toList();
	}

	/** Every open breach deadline, and the next recommended drill. */
	DueItemsReported dueItems(UUID practiceId) {
		List<DueItem> items = new ArrayList<>();
		Map<Integer, List<Breach>> logs = new TreeMap<>();
		for (Breach breach : this.repository.allBreaches(practiceId)) {
			BreachClock.Deadlines deadlines = breach.deadlines();
			BreachForm facts = breach.facts();
			String link = "/incidents/" + breach.incidentId() + "/breach";
			String of = " (breach discovered " + facts.discoveredOn() + ")";
			String key = "breach:" + breach.incidentId();
			if (facts.individualsNotifiedOn() == null) {
				items.add(new DueItem(key + ":individuals", "Notify the individuals" + of, deadlines.individualsDue(),
						null, Basis.LAW, null, null, link, "164.404(b)"));
			}
			if (deadlines.hhsWithIndividuals() && facts.hhsNotifiedOn() == null) {
				items.add(new DueItem(key + ":hhs", "Notify HHS: 500 or more affected" + of, deadlines.hhsDue(), null,
						Basis.LAW, null, null, link, "164.408"));
			}
			if (deadlines.mediaRequired() && facts.mediaNotifiedOn() == null) {
				items.add(new DueItem(key + ":media",
						"Notify prominent media in " + String.join(", ", deadlines.mediaStates()) + of,
						deadlines.mediaDue(), null, Basis.LAW, null, null, link, "164.406"));
			}
			LawEnforcementDelay delay = Breach.delay(facts);
			if (delay.oralOn() != null && !delay.writtenFollowedOral() && facts.individualsNotifiedOn() == null) {
				items.add(new DueItem(key + ":oral-delay",
						"Oral law-enforcement delay ends: notify unless a written statement arrived" + of,
						delay.oralEndsOn(), null, Basis.LAW, null, null, link, "164.412"));
			}
			if (!deadlines.hhsWithIndividuals() && facts.hhsNotifiedOn() == null) {
				logs.computeIfAbsent(deadlines.logYear(), (year) -> new ArrayList<>()).add(breach);
			}
		}
		logs.forEach((year, breaches) -> items.add(new DueItem("breach-log:" + year,
				"Report " + year + "'s breaches of fewer than 500 people to HHS (" + breaches.size() + " in the log)",
				breaches.stream()
					.map((breach) -> breach.deadlines().hhsDue())
					.min(Comparator.naturalOrder())
					.orElseThrow(),
				null, Basis.LAW, "OBL-BREACH-LOG-REPORT", null, "/breaches?year=" + year, "164.408")));
		this.repository.lastDrill(practiceId)
			.ifPresent((last) -> items
				.add(new DueItem("drill", "Tabletop drill of the incident response plan", last.plusYears(1), null,
						Basis.RECOMMENDED, "OBL-INCIDENT-RESPONSE-TEST", null, "/drills", "164.308(a)(6)(ii)")));
		return new DueItemsReported(practiceId, SOURCE, items);
	}

	// Drills

	@Transactional
	Drill recordDrill(Actor actor, DrillForm form) {
		actor.require(Permission.INCIDENTS_MANAGE);
		if (form.heldOn().isAfter(today(actor))) {
			throw InvalidInputException.of("heldOn", "Record a drill once it has taken place.");
		}
		UUID id = UUID.randomUUID();
		this.repository.insertDrill(actor.practiceId(), id, form, actor, this.clock.instant());
		this.events.publishEvent(new DrillRecorded(actor.practiceId(), id, form.heldOn()));
		this.events.publishEvent(dueItems(actor.practiceId()));
		return this.repository.drill(actor.practiceId(), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<Drill> drills(UUID practiceId, int page) {
		return this.repository.drills(practiceId, Paging.offset(page, IncidentRepository.PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	long countDrills(UUID practiceId) {
		return this.repository.countDrills(practiceId);
	}

	@Transactional(readOnly = true)
	Drill drill(UUID practiceId, UUID id) {
		return this.repository.drill(practiceId, id).orElseThrow(() -> NotFoundException.of("Drill", id));
	}

	/**
	 * Every incident that happened in a period (both days included), oldest first: for
	 * the risk analysis, which lists the security incidents of the period it covers. Only
	 * dates and labels, no free text, so the read is not audited as a read of incident
	 * records (the report's download is).
	 */
	@Transactional(readOnly = true)
	public List<IncidentListing> inPeriod(UUID practiceId, LocalDate from, LocalDate to) {
		return this.repository.between(practiceId, from, to)
			.stream()
			.map((i) -> new IncidentListing(i.happenedOn(), i.typeLabel(), i.status().label(),
					(i.conclusion() != null) ? i.conclusion().label() : "Not assessed"))
			.toList();
	}

	// For the binder (no audit entry of its own: the binder records the export)

	@Transactional(readOnly = true)
	List<IncidentSummary> allIncidents(UUID practiceId) {
		return this.repository.all(practiceId);
	}

	@Transactional(readOnly = true)
	List<BreachView> allBreaches(UUID practiceId) {
		return views(practiceId);
	}

	@Transactional(readOnly = true)
	List<BreachAssessment> allAssessments(UUID practiceId) {
		return this.repository.all(practiceId)
			.stream()
			.map((incident) -> this.repository.assessment(practiceId, incident.id()).orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * A breach with its incident and deadlines.
	 */
	record BreachView(IncidentDetails incident, Breach breach, BreachClock.Deadlines deadlines) {
	}

}
