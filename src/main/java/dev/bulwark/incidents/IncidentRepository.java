package dev.bulwark.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Incidents, their timelines, assessments, breaches and drills. Every statement names the
 * practice.
 */
@Repository
class IncidentRepository {

	static final int PAGE_SIZE = 50;

	private static final String SUMMARY = """
			select i.id, i.what, i.happened_on, i.reported_by_name, i.reported_at, i.status, i.incident_type,
			       a.conclusion
			from inc_incident i
			left join inc_assessment a on a.practice_id = i.practice_id and a.incident_id = i.id
			""";

	private final JdbcClient jdbc;

	IncidentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID id, ReportForm form, Actor reporter, Instant now) {
		this.jdbc.sql("""
				insert into inc_incident (practice_id, id, what, happened_on, happened_at_time, noticed_by, reported_by,
				    reported_by_name, reported_at, status, updated_at)
				values (:practice, :id, :what, :happenedOn, :time, :noticedBy, :reporter, :reporterName, :now,
				    'REPORTED', :now)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("what", form.what())
			.param("happenedOn", form.happenedOn())
			.param("time", form.happenedAtTime())
			.param("noticedBy", form.noticedBy())
			.param("reporter", reporter.userId())
			.param("reporterName", name(reporter))
			.param("now", Timestamp.from(now))
			.update();
	}

	void updateTriage(UUID practiceId, UUID id, TriageForm form, List<IncidentDetails.SystemLink> systems,
			Instant now) {
		this.jdbc
			.sql("""
					update inc_incident set incident_type = :type, status = :status, phi_involved = :phi, vendors = :vendors,
					    root_cause = :rootCause, lessons = :lessons, updated_at = :now
					where practice_id = :practice and id = :id""")
			.param("type", form.type().name())
			.param("status", form.status().name())
			.param("phi", form.phiInvolved())
			.param("vendors", form.vendors())
			.param("rootCause", form.rootCause())
			.param("lessons", form.lessons())
			.param("now", Timestamp.from(now))
			.param("practice", practiceId)
			.param("id", id)
			.update();
		this.jdbc.sql("delete from inc_incident_system where practice_id = :practice and incident_id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.update();
		for (IncidentDetails.SystemLink system : systems) {
			this.jdbc.sql("""
					insert into inc_incident_system (practice_id, incident_id, asset_id, asset_name)
					values (:practice, :id, :asset, :name)""")
				.param("practice", practiceId)
				.param("id", id)
				.param("asset", system.assetId())
				.param("name", system.name())
				.update();
		}
	}

	void insertEntry(UUID practiceId, UUID incidentId, UUID id, EntryForm form, Instant happenedAt, Actor actor,
			Instant now) {
		this.jdbc
			.sql("""
					insert into inc_entry (practice_id, id, incident_id, kind, happened_at, description, done_by, recorded_by,
					    recorded_at)
					values (:practice, :id, :incident, :kind, :happenedAt, :description, :doneBy, :by, :now)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("incident", incidentId)
			.param("kind", form.kind().name())
			.param("happenedAt", Timestamp.from(happenedAt))
			.param("description", form.description())
			.param("doneBy", form.doneBy())
			.param("by", actor.userId())
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<IncidentDetails> find(UUID practiceId, UUID id) {
		Optional<IncidentDetails> found = this.jdbc
			.sql("select * from inc_incident where practice_id = :practice and id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(IncidentRepository::details)
			.optional();
		return found.map((incident) -> incident.with(systems(practiceId, id), timeline(practiceId, id),
				assessment(practiceId, id).orElse(null), breach(practiceId, id).orElse(null)));
	}

	boolean exists(UUID practiceId, UUID id) {
		return this.jdbc.sql("select count(*) from inc_incident where practice_id = :practice and id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	List<IncidentDetails.SystemLink> systems(UUID practiceId, UUID id) {
		return this.jdbc.sql("""
				select asset_id, asset_name from inc_incident_system where practice_id = :practice and incident_id = :id
				order by asset_name""")
			.param("practice", practiceId)
			.param("id", id)
			.query((rs, n) -> new IncidentDetails.SystemLink(rs.getObject("asset_id", UUID.class),
					rs.getString("asset_name")))
			.list();
	}

	List<IncidentDetails.Entry> timeline(UUID practiceId, UUID id) {
		return this.jdbc.sql("""
				select id, kind, happened_at, description, done_by, recorded_at from inc_entry
				where practice_id = :practice and incident_id = :id order by happened_at, recorded_at""")
			.param("practice", practiceId)
			.param("id", id)
			.query((rs, n) -> new IncidentDetails.Entry(rs.getObject("id", UUID.class),
					EntryKind.valueOf(rs.getString("kind")), instant(rs, "happened_at"), rs.getString("description"),
					rs.getString("done_by"), instant(rs, "recorded_at")))
			.list();
	}

	List<IncidentSummary> list(UUID practiceId, UUID reporter, int offset) {
		String own = (reporter != null) ? " and i.reported_by = :reporter" : "";
		return this.jdbc
			.sql(SUMMARY + " where i.practice_id = :practice" + own
					+ " order by i.reported_at desc, i.id limit :size offset :offset")
			.param("practice", practiceId)
			.params((reporter != null) ? Map.of("reporter", reporter) : Map.of())
			.param("size", PAGE_SIZE)
			.param("offset", offset)
			.query(IncidentRepository::summary)
			.list();
	}

	long count(UUID practiceId, UUID reporter) {
		String own = (reporter != null) ? " and reported_by = :reporter" : "";
		return this.jdbc.sql("select count(*) from inc_incident where practice_id = :practice" + own)
			.param("practice", practiceId)
			.params((reporter != null) ? Map.of("reporter", reporter) : Map.of())
			.query(Long.class)
			.single();
	}

	/** Every incident of the practice, oldest first, for the binder's register. */
	List<IncidentSummary> all(UUID practiceId) {
		return this.jdbc.sql(SUMMARY + " where i.practice_id = :practice order by i.reported_at, i.id")
			.param("practice", practiceId)
			.query(IncidentRepository::summary)
			.list();
	}

	/** The incidents that happened between two days (both included), oldest first. */
	List<IncidentSummary> between(UUID practiceId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(SUMMARY + " where i.practice_id = :practice and i.happened_on >= :from and i.happened_on <= :to"
					+ " order by i.happened_on, i.reported_at, i.id")
			.param("practice", practiceId)
			.param("from", from)
			.param("to", to)
			.query(IncidentRepository::summary)
			.list();
	}

	/** Follow-up actions of every incident, for the risk register. */
	Map<UUID, List<String>> followUps(UUID practiceId) {
		Map<UUID, List<String>> actions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select incident_id, description from inc_entry where practice_id = :practice and kind = 'FOLLOW_UP'
				order by incident_id, happened_at, recorded_at""").param("practice", practiceId).query((rs) -> {
			actions.computeIfAbsent(rs.getObject("incident_id", UUID.class), (k) -> new java.util.ArrayList<>())
				.add(rs.getString("description"));
		});
		return actions;
	}

	void saveAssessment(UUID practiceId, UUID incidentId, AssessmentForm form, Conclusion conclusion, Actor actor,
			Instant now) {
		this.jdbc.sql("delete from inc_assessment where practice_id = :practice and incident_id = :id")
			.param("practice", practiceId)
			.param("id", incidentId)
			.update();
		this.jdbc.sql("""
				insert into inc_assessment (practice_id, incident_id, exception_kind, exception_reasoning, secured,
				    secured_reasoning, factor_nature, factor_recipient, factor_acquired, factor_mitigation,
				    low_probability, conclusion, decided_by, decided_by_name, decided_at)
				values (:practice, :id, :exception, :exceptionReasoning, :secured, :securedReasoning, :nature,
				    :recipient, :acquired, :mitigation, :low, :conclusion, :by, :byName, :now)""")
			.param("practice", practiceId)
			.param("id", incidentId)
			.param("exception", form.exceptionKind().name())
			.param("exceptionReasoning", form.exceptionReasoning())
			.param("secured", form.secured())
			.param("securedReasoning", form.securedReasoning())
			.param("nature", form.factorNature())
			.param("recipient", form.factorRecipient())
			.param("acquired", form.factorAcquired())
			.param("mitigation", form.factorMitigation())
			.param("low", form.lowProbability())
			.param("conclusion", conclusion.name())
			.param("by", actor.userId())
			.param("byName", name(actor))
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<BreachAssessment> assessment(UUID practiceId, UUID incidentId) {
		return this.jdbc.sql("select * from inc_assessment where practice_id = :practice and incident_id = :id")
			.param("practice", practiceId)
			.param("id", incidentId)
			.query((rs, n) -> new BreachAssessment(incidentId,
					new AssessmentForm(ExceptionKind.valueOf(rs.getString("exception_kind")),
							rs.getString("exception_reasoning"), rs.getBoolean("secured"),
							rs.getString("secured_reasoning"), rs.getString("factor_nature"),
							rs.getString("factor_recipient"), rs.getString("factor_acquired"),
							rs.getString("factor_mitigation"), rs.getBoolean("low_probability")),
					Conclusion.valueOf(rs.getString("conclusion")), rs.getObject("decided_by", UUID.class),
					rs.getString("decided_by_name"), instant(rs, "decided_at")))
			.optional();
	}

	void saveBreach(UUID practiceId, UUID incidentId, BreachForm form, Map<String, Integer> states, String letter,
			Instant recordedAt, Instant now) {
		this.jdbc.sql("delete from inc_breach where practice_id = :practice and incident_id = :id")
			.param("practice", practiceId)
			.param("id", incidentId)
			.update();
		this.jdbc.sql("""
				insert into inc_breach (practice_id, incident_id, discovered_on, breach_began_on, breach_ended_on,
				    affected, bad_contacts, ba_discovered_on, delay_oral_on, delay_official, delay_written_on,
				    delay_written_until, phi_types, breach_type, location, safeguards, actions_taken,
				    individuals_notified_on, hhs_notified_on, media_notified_on, state_law_checked_on, letter,
				    recorded_at, updated_at)
				values (:practice, :id, :discoveredOn, :began, :ended, :affected, :badContacts, :baDiscoveredOn,
				    :oralOn, :official, :writtenOn, :writtenUntil, :phiTypes, :breachType, :location, :safeguards,
				    :actionsTaken, :individualsOn, :hhsOn, :mediaOn, :stateLawOn, :letter, :recordedAt, :now)""")
			.param("practice", practiceId)
			.param("id", incidentId)
			.param("discoveredOn", form.discoveredOn())
			.param("began", form.breachBeganOn())
			.param("ended", form.breachEndedOn())
			.param("affected", form.affected())
			.param("badContacts", form.badContacts())
			.param("baDiscoveredOn", form.businessAssociateDiscoveredOn())
			.param("oralOn", form.delayOralOn())
			.param("official", form.delayOfficial())
			.param("writtenOn", form.delayWrittenOn())
			.param("writtenUntil", form.delayWrittenUntil())
			.param("phiTypes", form.phiTypes())
			.param("breachType", form.breachType().name())
			.param("location", form.location().name())
			.param("safeguards", form.safeguards())
			.param("actionsTaken", form.actionsTaken())
			.param("individualsOn", form.individualsNotifiedOn())
			.param("hhsOn", form.hhsNotifiedOn())
			.param("mediaOn", form.mediaNotifiedOn())
			.param("stateLawOn", form.stateLawCheckedOn())
			.param("letter", letter)
			.param("recordedAt", Timestamp.from(recordedAt))
			.param("now", Timestamp.from(now))
			.update();
		for (Map.Entry<String, Integer> state : states.entrySet()) {
			this.jdbc.sql("""
					insert into inc_breach_state (practice_id, incident_id, state, residents)
					values (:practice, :id, :state, :residents)""")
				.param("practice", practiceId)
				.param("id", incidentId)
				.param("state", state.getKey())
				.param("residents", state.getValue())
				.update();
		}
	}

	void saveLetter(UUID practiceId, UUID incidentId, String letter, Instant now) {
		this.jdbc.sql(
				"update inc_breach set letter = :letter, updated_at = :now where practice_id = :practice and incident_id = :id")
			.param("letter", letter)
			.param("now", Timestamp.from(now))
			.param("practice", practiceId)
			.param("id", incidentId)
			.update();
	}

	Optional<Breach> breach(UUID practiceId, UUID incidentId) {
		return breaches(practiceId, "b.incident_id = :id", Map.of("id", incidentId)).stream().findFirst();
	}

	/** Every breach of the practice, newest discovery first (a practice has few). */
	List<Breach> allBreaches(UUID practiceId) {
		return breaches(practiceId, "1 = 1", Map.of());
	}

	private List<Breach> breaches(UUID practiceId, String condition, Map<String, Object> params) {
		Map<UUID, Map<String, Integer>> states = new LinkedHashMap<>();
		this.jdbc.sql("select incident_id, state, residents from inc_breach_state where practice_id = :practice")
			.param("practice", practiceId)
			.query((rs) -> {
				states.computeIfAbsent(rs.getObject("incident_id", UUID.class), (k) -> new java.util.TreeMap<>())
					.put(rs.getString("state"), rs.getInt("residents"));
			});
		return this.jdbc
			.sql("select * from inc_breach b where b.practice_id = :practice and " + condition
					+ " order by b.discovered_on desc, b.incident_id")
			.param("practice", practiceId)
			.params(params)
			.query((rs, n) -> breach(rs, states))
			.list();
	}

	void insertDrill(UUID practiceId, UUID id, DrillForm form, Actor actor, Instant now) {
		this.jdbc
			.sql("""
					insert into inc_drill (practice_id, id, scenario, held_on, participants, went_well, went_badly, actions,
					    recorded_by, recorded_at)
					values (:practice, :id, :scenario, :heldOn, :participants, :wentWell, :wentBadly, :actions, :by, :now)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("scenario", form.scenario())
			.param("heldOn", form.heldOn())
			.param("participants", form.participants())
			.param("wentWell", form.wentWell())
			.param("wentBadly", form.wentBadly())
			.param("actions", form.actions())
			.param("by", actor.userId())
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<Drill> drill(UUID practiceId, UUID id) {
		return this.jdbc.sql("select * from inc_drill where practice_id = :practice and id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(IncidentRepository::drill)
			.optional();
	}

	List<Drill> drills(UUID practiceId, int offset) {
		return this.jdbc.sql("""
				select * from inc_drill where practice_id = :practice order by held_on desc, id
				limit :size offset :offset""")
			.param("practice", practiceId)
			.param("size", PAGE_SIZE)
			.param("offset", offset)
			.query(IncidentRepository::drill)
			.list();
	}

	long countDrills(UUID practiceId) {
		return this.jdbc.sql("select count(*) from inc_drill where practice_id = :practice")
			.param("practice", practiceId)
			.query(Long.class)
			.single();
	}

	Optional<LocalDate> lastDrill(UUID practiceId) {
		return this.jdbc
			.sql("select held_on from inc_drill where practice_id = :practice order by held_on desc limit 1")
			.param("practice", practiceId)
			.query(LocalDate.class)
			.optional();
	}

	private static Drill drill(ResultSet rs, int n) throws SQLException {
		return new Drill(rs.getObject("id", UUID.class), rs.getString("scenario"),
				rs.getObject("held_on", LocalDate.class), rs.getString("participants"), rs.getString("went_well"),
				rs.getString("went_badly"), rs.getString("actions"), instant(rs, "recorded_at"));
	}

	private static Breach breach(ResultSet rs, Map<UUID, Map<String, Integer>> states) throws SQLException {
		UUID incidentId = rs.getObject("incident_id", UUID.class);
		BreachForm facts = new BreachForm(date(rs, "discovered_on"), date(rs, "breach_began_on"),
				date(rs, "breach_ended_on"), rs.getInt("affected"), rs.getInt("bad_contacts"), null,
				date(rs, "ba_discovered_on"), date(rs, "delay_oral_on"), rs.getString("delay_official"),
				date(rs, "delay_written_on"), date(rs, "delay_written_until"), rs.getString("phi_types"),
				PortalBreachType.valueOf(rs.getString("breach_type")), PortalLocation.valueOf(rs.getString("location")),
				rs.getString("safeguards"), rs.getString("actions_taken"), date(rs, "individuals_notified_on"),
				date(rs, "hhs_notified_on"), date(rs, "media_notified_on"), date(rs, "state_law_checked_on"));
		Map<String, Integer> counts = states.getOrDefault(incidentId, Map.of());
		BreachForm withStates = new BreachForm(facts.discoveredOn(), facts.breachBeganOn(), facts.breachEndedOn(),
				facts.affected(), facts.badContacts(), StateCounts.format(counts),
				facts.businessAssociateDiscoveredOn(), facts.delayOralOn(), facts.delayOfficial(),
				facts.delayWrittenOn(), facts.delayWrittenUntil(), facts.phiTypes(), facts.breachType(),
				facts.location(), facts.safeguards(), facts.actionsTaken(), facts.individualsNotifiedOn(),
				facts.hhsNotifiedOn(), facts.mediaNotifiedOn(), facts.stateLawCheckedOn());
		return new Breach(incidentId, withStates, counts, rs.getString("letter"), instant(rs, "recorded_at"));
	}

	private static IncidentDetails details(ResultSet rs, int n) throws SQLException {
		Object phi = rs.getObject("phi_involved");
		String type = rs.getString("incident_type");
		return new IncidentDetails(rs.getObject("id", UUID.class), rs.getString("what"), date(rs, "happened_on"),
				rs.getString("happened_at_time"), rs.getString("noticed_by"), rs.getObject("reported_by", UUID.class),
				rs.getString("reported_by_name"), instant(rs, "reported_at"),
				IncidentStatus.valueOf(rs.getString("status")), (type != null) ? IncidentType.valueOf(type) : null,
				(phi != null) ? rs.getBoolean("phi_involved") : null, rs.getString("vendors"),
				rs.getString("root_cause"), rs.getString("lessons"), List.of(), List.of(), null, null);
	}

	private static IncidentSummary summary(ResultSet rs, int n) throws SQLException {
		String type = rs.getString("incident_type");
		String conclusion = rs.getString("conclusion");
		return new IncidentSummary(rs.getObject("id", UUID.class), rs.getString("what"), date(rs, "happened_on"),
				rs.getString("reported_by_name"), instant(rs, "reported_at"),
				IncidentStatus.valueOf(rs.getString("status")), (type != null) ? IncidentType.valueOf(type) : null,
				(conclusion != null) ? Conclusion.valueOf(conclusion) : null);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String name(Actor actor) {
		return (actor.displayName() != null) ? actor.displayName() : actor.email();
	}

}
