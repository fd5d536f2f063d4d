package dev.bulwark.workforce;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/staff} with personal tokens: the roster, field errors and roles. */
@BulwarkIntegrationTest
class StaffApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private MvcTestResult send(String method, String token, String uri, String json) {
		var request = switch (method) {
			case "PUT" -> this.mvc.put();
			default -> this.mvc.post();
		};
		return request.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void addsListsReadsAndChangesAPerson() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		MvcTestResult created = send("POST", token, "/api/v1/staff",
				"{\"name\": \"Ana Lopez\", \"workforceType\": \"TRAINEE\", \"clearanceDone\": true, "
						+ "\"clearanceOn\": \"2025-01-06\", \"clearanceNote\": \"References\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(created).bodyJson().extractingPath("$.workforceType").isEqualTo("TRAINEE");

		MvcTestResult list = this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token).exchange();
		assertThat(list).hasStatusOk().headers().hasValue("X-Total-Count", "1");
		assertThat(list).bodyJson().extractingPath("$[0].name").isEqualTo("Ana Lopez");

		assertThat(send("PUT", token, "/api/v1/staff/" + id, "{\"name\": \"Ana L.\", \"workforceType\": \"EMPLOYEE\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.clearanceDone")
			.isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/v1/staff/" + id).header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Ana L.");
	}

	@Test
	void recordsAccountsAndListsTheFindings() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		java.util.UUID ehr = WorkforceFixtures.system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		String id = JsonPath
			.read(send("POST", token, "/api/v1/staff", "{\"name\": \"Ana Lopez\", \"workforceType\": \"EMPLOYEE\"}")
				.getResponse()
				.getContentAsString(), "$.id");
		MvcTestResult added = send("POST", token, "/api/v1/staff/" + id + "/accounts",
				"{\"systemId\": \"" + ehr + "\", \"username\": \"ana\", \"privilege\": \"USER\"}");
		assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.mfa").isEqualTo(false);
		String accountId = JsonPath.read(added.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.get().uri("/api/v1/staff/findings").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].kind")
			.isEqualTo("account.no-mfa");
		assertThat(send("PUT", token, "/api/v1/staff/" + id + "/accounts/" + accountId,
				"{\"systemId\": \"" + ehr + "\", \"username\": \"ana\", \"privilege\": \"USER\", \"mfa\": true}"))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/staff/findings").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.isEqualTo("[]");
		assertThat(send("PUT", token, "/api/v1/staff/" + id + "/systems", "{\"systemIds\": [\"" + ehr + "\"]}"))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/staff/" + id + "/accounts").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].systemName")
			.isEqualTo("Cloud EHR");
		assertThat(send("POST", token, "/api/v1/staff/" + id + "/accounts",
				"{\"systemId\": \"" + java.util.UUID.randomUUID()
						+ "\", \"username\": \"x\", \"privilege\": \"USER\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.systemId")
			.isEqualTo("That system does not exist in this practice's inventory.");
	}

	@Test
	void badInputIsA400WithFieldErrors() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		assertThat(send("POST", token, "/api/v1/staff", "{\"name\": \"\", \"clearanceDone\": true}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.name")
			.isEqualTo("Enter the person's name.");
		assertThat(send("POST", token, "/api/v1/staff",
				"{\"name\": \"A\", \"workforceType\": \"EMPLOYEE\", \"clearanceDone\": true}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.clearanceOn")
			.isEqualTo("Enter the date the clearance checks were completed.");
		assertThat(send("POST", token, "/api/v1/staff", "{\"name\": \"A\", \"workforceType\": \"ROBOT\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void staffAndTechniciansCannotReadTheRoster() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		for (Role role : new Role[] { Role.STAFF, Role.MSP_TECHNICIAN }) {
			String token = this.members.apiToken(this.members.colleague(officer, role));
			assertThat(this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token)).as(role.name())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		String auditor = this.members.apiToken(this.members.colleague(officer, Role.AUDITOR));
		assertThat(send("POST", auditor, "/api/v1/staff", "{\"name\": \"A\", \"workforceType\": \"EMPLOYEE\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
