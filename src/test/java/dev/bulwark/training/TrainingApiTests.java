package dev.bulwark.training;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training API: modules without their answers, answering a quiz (201 with the result,
 * 400 with a message per question), completion records (own for staff, everyone's for the
 * officer, paged with the total), the matrix and assignments.
 */
@BulwarkIntegrationTest
class TrainingApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Test
	void modulesAreListedWithoutTheirAnswers() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.get().uri("/api/v1/training/modules").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].key")
			.asArray()
			.containsExactly("security-basics", "phishing", "passwords-mfa", "devices-remote", "ransomware-backups",
					"incidents");
		assertThat(this.mvc.get()
			.uri("/api/v1/training/modules/phishing")
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))).hasStatusOk()
			.bodyText()
			.contains("\"passMark\":80")
			.contains("164.308(a)(5)(ii)(B) (addressable)")
			.doesNotContain("\"answer\"")
			.doesNotContain("explanation");
		assertThat(this.mvc.get().uri("/api/v1/training/modules/nope").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aQuizIsAnsweredAndRecordsAreOwnForStaffAndEveryonesForTheOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TrainingModule module = this.training.module("devices-remote");
		StringBuilder answers = new StringBuilder("{\"answers\": {");
		for (int i = 0; i < module.quiz().size(); i++) {
			answers.append((i > 0) ? ", " : "")
				.append('"')
				.append(i)
				.append("\": ")
				.append(module.quiz().get(i).answer());
		}
		answers.append("}}");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/modules/devices-remote/attempts")
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content(answers.toString())).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.passed")
			.isEqualTo(true);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/modules/devices-remote/attempts")
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"0\": 7}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors['answers[0]']")
			.isEqualTo("Choose one of the answers shown.");
		TrainingFixtures.pass(this.training, officer.actor(), "incidents");
		assertThat(this.mvc.get().uri("/api/v1/training/records").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasStatusOk()
			.hasHeader("X-Total-Count", "1")
			.bodyJson()
			.extractingPath("$[*].moduleKey")
			.asArray()
			.containsExactly("devices-remote");
		assertThat(this.mvc.get().uri("/api/v1/training/records").header(HttpHeaders.AUTHORIZATION, bearer(officer)))
			.hasStatusOk()
			.hasHeader("X-Total-Count", "2");
		assertThat(this.mvc.get()
			.uri("/api/v1/training/records?page=-1")
			.header(HttpHeaders.AUTHORIZATION, bearer(officer))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/training/matrix").header(HttpHeaders.AUTHORIZATION, bearer(officer)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.rows.length()")
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/api/v1/training/matrix").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void assignmentsAreMadeOnceAndBadInputIsA400ByField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/assignments")
			.header(HttpHeaders.AUTHORIZATION, bearer(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": \"" + staff.userId() + "\", \"moduleKey\": \"phishing\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(1);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/assignments")
			.header(HttpHeaders.AUTHORIZATION, bearer(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"moduleKey\": \"nope\", \"dueOn\": \"2001-01-01\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors")
			.isEqualTo(java.util.Map.of("moduleKey", "That training module does not exist.", "dueOn",
					"The due date cannot be in the past."));
		assertThat(this.training.assignmentsOf(officer.practiceId(), staff.userId())).hasSize(1);
	}

	private String bearer(TestMember member) {
		return "Bearer " + this.members.apiToken(member);
	}

}
