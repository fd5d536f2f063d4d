package dev.bulwark.incidents;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The incidents API with personal tokens. */
@BulwarkIntegrationTest
class IncidentsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	private String token(TestMember member) {
		return "Bearer " + this.members.apiToken(member);
	}

	@Test
	void reportTriageAssessRecordTheBreachAndReadItsDeadlines() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = token(officer);
		var created = this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"what\": \"Records of 600 patients on a stolen server\", \"happenedOn\": \"2025-01-01\", "
					+ "\"noticedBy\": \"IT support\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.put()
			.uri("/api/v1/incidents/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"LOST_OR_STOLEN_DEVICE\", \"status\": \"INVESTIGATING\", \"phiInvolved\": true}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("LOST_OR_STOLEN_DEVICE");
		assertThat(this.mvc.put()
			.uri("/api/v1/incidents/{id}/breach-assessment", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"exceptionKind\": \"NONE\", \"secured\": false, \"lowProbability\": false}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.conclusion")
			.isEqualTo("BREACH");
		var breach = this.mvc.put()
			.uri("/api/v1/breaches/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"discoveredOn\": \"2025-01-01\", \"affected\": 600, \"states\": \"TX: 520, OK: 80\", "
					+ "\"breachType\": \"THEFT\", \"location\": \"NETWORK_SERVER\", \"delayOralOn\": \"2025-01-11\", "
					+ "\"delayOfficial\": \"Det. A. Rivera, Austin PD\"}")
			.exchange();
		assertThat(breach).hasStatusOk();
		String body = breach.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.deadlines.individualsDueWithoutDelay")).isEqualTo("2025-03-02");
		assertThat((String) JsonPath.read(body, "$.deadlines.individualsDue")).isEqualTo("2025-04-01");
		assertThat((Boolean) JsonPath.read(body, "$.deadlines.hhsWithIndividuals")).isTrue();
		assertThat((String) JsonPath.read(body, "$.deadlines.hhsDue")).isEqualTo("2025-04-01");
		assertThat((String) JsonPath.read(body, "$.deadlines.mediaDue")).isEqualTo("2025-04-01");
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.deadlines.mediaStates")).containsExactly("TX");
		assertThat((String) JsonPath.read(body, "$.stateLawNote")).contains("check the law of every state");
		assertThat(this.mvc.get().uri("/api/v1/breaches").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "1");
		assertThat(this.mvc.get().uri("/api/v1/incidents/{id}/timeline", id).header("Authorization", token))
			.hasStatusOk();
		assertThat(IncidentFixtures.audited(this.jdbc, officer, "incident.viewed", UUID.fromString(id)))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void staffReportButReadNothingButTheirOwn() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		String token = token(staff);
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"what\": \"Clicked a link in an odd e-mail\", \"happenedOn\": \"2025-06-10\", "
					+ "\"noticedBy\": \"Me\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/api/v1/incidents/mine").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "1");
		assertThat(this.mvc.get().uri("/api/v1/incidents").header("Authorization", token))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/breaches").header("Authorization", token))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void badBodiesAnswer400WithFieldErrorsAndStateConflicts409() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = token(officer);
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"happenedOn\": \"2025-06-10\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.what")
			.isEqualTo("Say in a few words what happened.");
		var created = this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"what\": \"Odd e-mail\", \"happenedOn\": \"2025-06-10\", \"noticedBy\": \"Me\"}")
			.exchange();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.put()
			.uri("/api/v1/breaches/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"discoveredOn\": \"2025-06-10\", \"affected\": 3, \"breachType\": \"OTHER\", "
					+ "\"location\": \"EMAIL\"}"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.put()
			.uri("/api/v1/incidents/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"PHISHING\", \"status\": \"INVESTIGATING\", \"systemIds\": [\"" + UUID.randomUUID()
					+ "\"]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.systemIds")
			.isEqualTo("That system does not exist in this practice's inventory.");
		assertThat(this.mvc.post()
			.uri("/api/v1/drills")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scenario\": \"Lost laptop\", \"heldOn\": \"2025-05-01\", \"participants\": \"Pat\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/api/v1/drills").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "1");
	}

}
