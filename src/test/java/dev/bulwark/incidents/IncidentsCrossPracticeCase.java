package dev.bulwark.incidents;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's incidents, breaches and drills: they cannot be read, triaged,
 * assessed, recorded or exported, whether the id is in the path or the body.
 */
class IncidentsCrossPracticeCase implements CrossPracticeCase {

	private final Incidents incidents;

	private final IncidentRepository repository;

	private final JdbcClient jdbc;

	IncidentsCrossPracticeCase(Incidents incidents, IncidentRepository repository, JdbcClient jdbc) {
		this.incidents = incidents;
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/incidents/{id}", "/incidents/{id}/triage", "/incidents/{id}/timeline",
				"/incidents/{id}/assessment", "/incidents/{id}/breach", "/incidents/{id}/breach/letter",
				"/incidents/{id}/breach/letter.pdf", "/drills/{id}", "/api/v1/incidents/{id}",
				"/api/v1/incidents/{id}/timeline", "/api/v1/incidents/{id}/breach-assessment", "/api/v1/breaches/{id}",
				"/api/v1/drills/{id}");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID practiceId = victimOwner.practiceId();
		UUID id = IncidentFixtures.breach(this.incidents, victimOwner);
		Drill drill = this.incidents.recordDrill(IncidentFixtures.actor(victimOwner),
				new DrillForm("Victim drill", java.time.LocalDate.of(2025, 5, 1), "Victim staff", null, null, null));
		Runnable unchanged = () -> {
			IncidentDetails now = this.repository.find(practiceId, id).orElseThrow();
			assertThat(now.what()).isEqualTo("Visit summaries mailed to the wrong addresses");
			assertThat(now.type()).isEqualTo(IncidentType.MISDIRECTED_PHI);
			assertThat(now.timeline()).isEmpty();
			assertThat(now.assessment().conclusion()).isEqualTo(Conclusion.BREACH);
			assertThat(now.breach().affected()).isEqualTo(12);
			assertThat(now.breach().letter()).startsWith("Dear [name of the patient]");
			assertThat(this.jdbc.sql("select count(*) from inc_drill where practice_id = :p")
				.param("p", practiceId)
				.query(Long.class)
				.single()).isEqualTo(1);
		};
		String breach = "{\"discoveredOn\": \"2025-06-10\", \"affected\": 1, \"breachType\": \"OTHER\", "
				+ "\"location\": \"EMAIL\"}";
		return List.of(Attempt.of("read an incident", get("/incidents/{id}", id), unchanged),
				Attempt.of("triage an incident",
						post("/incidents/{id}/triage", id).param("type", "OTHER").param("status", "CLOSED"), unchanged),
				Attempt.of("add to the timeline",
						post("/incidents/{id}/timeline", id).param("kind", "EVENT")
							.param("happenedOn", "2025-06-10")
							.param("description", "Stolen"),
						unchanged),
				Attempt.of("read the assessment", get("/incidents/{id}/assessment", id), unchanged),
				Attempt.of("change the assessment",
						post("/incidents/{id}/assessment", id).param("exceptionKind", "COULD_NOT_RETAIN")
							.param("exceptionReasoning", "x"),
						unchanged),
				Attempt.of("read the breach", get("/incidents/{id}/breach", id), unchanged),
				Attempt.of("change the breach",
						post("/incidents/{id}/breach", id).param("discoveredOn", "2025-06-10")
							.param("affected", "1")
							.param("breachType", "OTHER")
							.param("location", "EMAIL"),
						unchanged),
				Attempt.of("read the letter", get("/incidents/{id}/breach/letter", id), unchanged),
				Attempt.of("change the letter", post("/incidents/{id}/breach/letter", id).param("letter", "Stolen"),
						unchanged),
				Attempt.of("download the letter", get("/incidents/{id}/breach/letter.pdf", id), unchanged),
				Attempt.of("read a drill", get("/drills/{id}", drill.id()), unchanged),
				Attempt.of("read an incident by API", get("/api/v1/incidents/{id}", id), unchanged),
				Attempt.of("triage by API",
						put("/api/v1/incidents/{id}", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"type\": \"OTHER\", \"status\": \"CLOSED\"}"),
						unchanged),
				Attempt.of("read the timeline by API", get("/api/v1/incidents/{id}/timeline", id), unchanged),
				Attempt.of("add to the timeline by API",
						post("/api/v1/incidents/{id}/timeline", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"kind\": \"EVENT\", \"happenedOn\": \"2025-06-10\", \"description\": \"x\"}"),
						unchanged),
				Attempt.of("read the assessment by API", get("/api/v1/incidents/{id}/breach-assessment", id),
						unchanged),
				Attempt.of("change the assessment by API",
						put("/api/v1/incidents/{id}/breach-assessment", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"exceptionKind\": \"COULD_NOT_RETAIN\", \"exceptionReasoning\": \"x\"}"),
						unchanged),
				Attempt.of("read the breach by API", get("/api/v1/breaches/{id}", id), unchanged),
				Attempt.of("change the breach by API",
						put("/api/v1/breaches/{id}", id).contentType(MediaType.APPLICATION_JSON).content(breach),
						unchanged),
				Attempt.of("read a drill by API", get("/api/v1/drills/{id}", drill.id()), unchanged));
	}

}
