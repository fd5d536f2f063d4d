package dev.bulwark.calendar;

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

/** {@code /api/v1/tasks} with personal tokens: add, list, complete, errors and roles. */
@BulwarkIntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	private MvcTestResult post(String token, String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void addsListsCompletesAndSchedulesTheNextOccurrence() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		MvcTestResult added = post(token, "/api/v1/tasks",
				"{\"title\": \"Review door badges\", \"dueOn\": \"2027-01-31\", \"repeats\": \"MONTHLY\"}");
		assertThat(added).hasStatus(HttpStatus.CREATED);
		assertThat(added).bodyJson().extractingPath("$.basis").isEqualTo("RECOMMENDED");
		assertThat(added).bodyJson().extractingPath("$.repeats").isEqualTo("Every month");
		String id = JsonPath.read(added.getResponse().getContentAsString(), "$.id");

		MvcTestResult list = this.mvc.get().uri("/api/v1/tasks?show=OPEN").header("Authorization", token).exchange();
		assertThat(list).hasStatusOk();
		assertThat(list.getResponse().getHeader("X-Total-Count")).isEqualTo("1");

		MvcTestResult next = post(token, "/api/v1/tasks/" + id + "/complete", "{\"note\": \"All badges checked\"}");
		assertThat(next).hasStatusOk().bodyJson().extractingPath("$.dueOn").isEqualTo("2027-02-28");
		assertThat(this.mvc.get().uri("/api/v1/tasks/" + id).header("Authorization", token)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DONE");
		assertThat(post(token, "/api/v1/tasks/" + id + "/complete", "{}")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void badInputIsA400WithFieldErrorsAndRolesAreEnforced() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		String token = "Bearer " + this.members.apiToken(officer);
		assertThat(post(token, "/api/v1/tasks", "{\"dueOn\": \"2027-01-31\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.title")
			.isEqualTo("Say what has to be done.");
		assertThat(
				post(token, "/api/v1/tasks", "{\"title\": \"x\", \"dueOn\": \"2027-01-31\", \"repeats\": \"DAILY\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/tasks?basis=MAYBE").header("Authorization", token))
			.hasStatus(HttpStatus.BAD_REQUEST);
		String auditorToken = "Bearer " + this.members.apiToken(auditor);
		assertThat(this.mvc.get().uri("/api/v1/tasks").header("Authorization", auditorToken)).hasStatusOk();
		assertThat(post(auditorToken, "/api/v1/tasks", "{\"title\": \"x\", \"dueOn\": \"2027-01-31\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
