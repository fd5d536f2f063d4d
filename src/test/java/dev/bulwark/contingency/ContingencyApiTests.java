package dev.bulwark.contingency;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.contingency.ContingencyFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/backups, /api/v1/restore-tests and /api/v1/contingency/systems. */
@BulwarkIntegrationTest
class ContingencyApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult send(String method, String token, String uri, String json) {
		var request = switch (method) {
			case "POST" -> this.mvc.post().uri(uri);
			case "PUT" -> this.mvc.put().uri(uri);
			default -> throw new IllegalArgumentException(method);
		};
		return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	static String backup(UUID assetId, String location, String media, String last) {
		return """
				{"assetId": "%s", "what": "Practice database", "frequency": "DAILY", "location": "%s",
				 "media": "%s", "encrypted": "YES", "immutable": "YES", "retention": "30 days",
				 "lastSucceededAt": %s}""".formatted(assetId, location, media, last);
	}

	@Test
	void backupsAreRecordedListedChangedAndRemoved() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		MvcTestResult created = send("POST", token, "/api/v1/backups",
				backup(ehr, "ON_SITE", "NAS", "\"2025-01-10T22:30\""));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(created).bodyJson().extractingPath("$.systemName").isEqualTo("EHR server");
		send("POST", token, "/api/v1/backups", backup(ehr, "CLOUD", "CLOUD_STORAGE", "null"));
		MvcTestResult list = this.mvc.get().uri("/api/v1/backups").header("Authorization", token).exchange();
		assertThat(list).hasStatusOk().headers().hasValue("X-Total-Count", "2");
		MvcTestResult systems = this.mvc.get()
			.uri("/api/v1/contingency/systems")
			.header("Authorization", token)
			.exchange();
		assertThat(systems).bodyJson().extractingPath("$[0].threeTwoOne.copies").isEqualTo(3);
		assertThat(systems).bodyJson().extractingPath("$[0].threeTwoOne.failures").asArray().isEmpty();
		assertThat(systems).bodyJson().extractingPath("$[0].restoreTestOverdue").isEqualTo(true);
		MvcTestResult changed = send("PUT", token, "/api/v1/backups/" + id,
				backup(ehr, "ON_SITE", "SAME_DEVICE", "\"2025-01-11T22:30\""));
		assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.media").isEqualTo("SAME_DEVICE");
		assertThat(this.mvc.delete().uri("/api/v1/backups/" + id).header("Authorization", token).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/backups/" + id).header("Authorization", token).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void badBodiesAnswer400WithTheFieldsAndSaveNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID theirs = system(this.jdbc, other.practiceId(), "Their server", true);
		MvcTestResult empty = send("POST", token, "/api/v1/backups", "{}");
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(empty).bodyJson().extractingPath("$.errors.media").isEqualTo("Choose what the copy is stored on.");
		MvcTestResult foreign = send("POST", token, "/api/v1/backups", backup(theirs, "CLOUD", "NAS", "null"));
		assertThat(foreign).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(foreign).bodyJson()
			.extractingPath("$.errors.assetId")
			.isEqualTo("That system does not exist in this practice.");
		MvcTestResult unknownMedia = send("POST", token, "/api/v1/backups", backup(theirs, "CLOUD", "FLOPPY", "null"));
		assertThat(unknownMedia).hasStatus(HttpStatus.BAD_REQUEST);
		MvcTestResult test = send("POST", token, "/api/v1/restore-tests", """
				{"assetId": "%s", "performedOn": "2025-02-01", "what": "Charts", "durationMinutes": 30,
				 "outcome": "SUCCEEDED"}""".formatted(theirs));
		assertThat(test).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(test).bodyJson()
			.extractingPath("$.errors.assetId")
			.isEqualTo("That system does not exist in this practice.");
		assertThat(this.mvc.get().uri("/api/v1/backups?page=-3").header("Authorization", token).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_backup", officer.practiceId())).isZero();
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_restore_test", officer.practiceId())).isZero();
	}

	@Test
	void restoreTestsAreRecordedAndReadAndTheAuditorMayNotWrite() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		String body = """
				{"assetId": "%s", "performedOn": "2025-02-01", "what": "Charts", "durationMinutes": 95,
				 "outcome": "SUCCEEDED", "performedBy": "Ivy IT"}""".formatted(ehr);
		MvcTestResult created = send("POST", token, "/api/v1/restore-tests", body);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/restore-tests/" + id)
			.header("Authorization", token)
			.exchange();
		assertThat(read).bodyJson().extractingPath("$.durationMinutes").isEqualTo(95);
		assertThat(read).bodyJson().extractingPath("$.performedBy").isEqualTo("Ivy IT");
		assertThat(this.mvc.get().uri("/api/v1/restore-tests").header("Authorization", token).exchange()).headers()
			.hasValue("X-Total-Count", "1");
		String auditorToken = "Bearer " + this.members.apiToken(auditor);
		assertThat(this.mvc.get().uri("/api/v1/restore-tests").header("Authorization", auditorToken).exchange())
			.hasStatusOk();
		assertThat(send("POST", auditorToken, "/api/v1/restore-tests", body)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_restore_test", officer.practiceId())).isEqualTo(1);
	}

	@Test
	void theCriticalityAnalysisContactsAndExercisesHaveTheirApi() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		assertThat(send("PUT", token, "/api/v1/contingency/criticality/" + ehr,
				"{\"priority\": 1, \"rtoHours\": 24, \"rpoHours\": 0}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.testEveryMonths")
			.isEqualTo(3);
		send("POST", token, "/api/v1/restore-tests", """
				{"assetId": "%s", "performedOn": "2025-02-01", "what": "Charts", "durationMinutes": 4500,
				 "outcome": "SUCCEEDED"}""".formatted(ehr));
		MvcTestResult analysis = this.mvc.get()
			.uri("/api/v1/contingency/criticality")
			.header("Authorization", token)
			.exchange();
		assertThat(analysis).bodyJson().extractingPath("$[0].systemName").isEqualTo("EHR server");
		assertThat(analysis).bodyJson().extractingPath("$[0].lastRestoreMinutes").isEqualTo(4500);
		assertThat(analysis).bodyJson().extractingPath("$[0].over72HoursProposedRule").isEqualTo(true);
		assertThat(send("PUT", token, "/api/v1/contingency/criticality/" + ehr, "{\"priority\": 0}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.priority")
			.isEqualTo("Enter 1 or more: 1 is restored first.");
		assertThat(this.mvc.delete()
			.uri("/api/v1/contingency/criticality/" + ehr)
			.header("Authorization", token)
			.exchange()).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_criticality", officer.practiceId())).isZero();

		MvcTestResult contact = send("POST", token, "/api/v1/contingency/contacts",
				"{\"name\": \"Ivy IT\", \"responsibility\": \"Restores the server\", \"phone\": \"555-0101\"}");
		assertThat(contact).hasStatus(HttpStatus.CREATED);
		String contactId = JsonPath.read(contact.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.get().uri("/api/v1/contingency/contacts").header("Authorization", token).exchange())
			.bodyJson()
			.extractingPath("$[0].name")
			.isEqualTo("Ivy IT");
		assertThat(send("POST", token, "/api/v1/contingency/contacts", "{\"name\": \"No phone\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.phone")
			.isEqualTo("Enter a phone number that works when the office is down.");
		assertThat(this.mvc.delete()
			.uri("/api/v1/contingency/contacts/" + contactId)
			.header("Authorization", token)
			.exchange()).hasStatus(HttpStatus.NO_CONTENT);

		MvcTestResult exercise = send("POST", token, "/api/v1/contingency/exercises", """
				{"heldOn": "2025-03-01", "kind": "TABLETOP", "scenario": "Ransomware on the front desk PC",
				 "findings": "Nobody knew where the backup key was", "followUp": "Keep the key in the safe",
				 "followUpDueOn": "2025-04-01"}""");
		assertThat(exercise).hasStatus(HttpStatus.CREATED);
		String exerciseId = JsonPath.read(exercise.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.get().uri("/api/v1/contingency/exercises").header("Authorization", token).exchange())
			.headers()
			.hasValue("X-Total-Count", "1");
		assertThat(this.mvc.post()
			.uri("/api/v1/contingency/exercises/" + exerciseId + "/follow-up-done")
			.header("Authorization", token)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.followUpDoneOn").isNotNull();
		assertThat(this.mvc.post()
			.uri("/api/v1/contingency/exercises/" + exerciseId + "/follow-up-done")
			.header("Authorization", token)
			.exchange()).hasStatus(HttpStatus.CONFLICT);
	}

}
