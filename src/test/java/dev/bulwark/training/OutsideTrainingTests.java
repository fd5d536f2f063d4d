package dev.bulwark.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Training taken outside Bulwark: recorded on the page with its certificate (stored
 * encrypted in the evidence store, downloaded through the record), messages by field,
 * someone without an account, staff who may not record, and the API (multipart, own
 * records for staff).
 */
@BulwarkIntegrationTest
class OutsideTrainingTests {

	static final byte[] PDF = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% certificate\n%%EOF\n")
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficerRecordsOutsideTrainingWithItsCertificateStoredEncrypted() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		LocalDate today = this.training.today(officer.actor());
		MvcTestResult saved = this.mvc.post()
			.uri("/training/outside")
			.multipart()
			.file(new MockMultipartFile("file", "hipaa-course.pdf", "application/pdf", PDF))
			.param("userId", staff.userId().toString())
			.param("course", "HIPAA security for front desks")
			.param("provider", "State Dental Society")
			.param("completedOn", today.minusDays(10).toString())
			.param("hours", "1.5")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "Outside training of " + staff.displayName() + " was recorded.");
		UUID id = this.jdbc.sql("select id from trn_outside_training where practice_id = :p")
			.param("p", officer.practiceId())
			.query(UUID.class)
			.single();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/training/outside/" + id);
		assertThat(this.mvc.get().uri("/training/outside").with(officer.signedIn())).hasViewName("training/outside")
			.bodyText()
			.contains("HIPAA security for front desks")
			.contains("State Dental Society")
			.contains("1.5")
			.contains("volunteers and trainees");
		MvcTestResult page = this.mvc.get().uri("/training/outside/" + id).with(officer.signedIn()).exchange();
		assertThat(page).hasViewName("training/outside-record").bodyText().contains("Training certificate: HIPAA");
		UUID evidenceId = this.jdbc
			.sql("select evidence_id from evd_link where practice_id = :p and owner_type = 'training-record' "
					+ "and owner_id = :o")
			.param("p", officer.practiceId())
			.param("o", id.toString())
			.query(UUID.class)
			.single();
		assertThat(
				this.mvc.get().uri("/training/outside/{id}/certificates/{e}", id, evidenceId).with(officer.signedIn()))
			.hasStatusOk()
			.hasContentType("application/pdf")
			.body()
			.isEqualTo(PDF);
		assertThat(audit(officer, "training.outside-recorded")).isEqualTo(1);
		assertThat(audit(officer, "evidence.uploaded")).isEqualTo(1);

		// The staff member reads their own record by API, certificate included.
		assertThat(
				this.mvc.get().uri("/api/v1/training/records/outside").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasStatusOk()
			.hasHeader("X-Total-Count", "1")
			.bodyJson()
			.extractingPath("$[0].course")
			.isEqualTo("HIPAA security for front desks");
		assertThat(this.mvc.get()
			.uri("/api/v1/training/records/outside/" + id)
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.certificates[0].id")
			.isEqualTo(evidenceId.toString());
		assertThat(this.mvc.get()
			.uri("/api/v1/training/records/outside/{id}/certificates/{e}", id, evidenceId)
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))).hasStatusOk().body().isEqualTo(PDF);
	}

	@Test
	void someoneWithoutAnAccountIsNamedAndBadInputIsShownByField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = this.training.today(officer.actor());
		MvcTestResult bad = this.mvc.post()
			.uri("/training/outside")
			.multipart()
			.param("provider", "x")
			.param("completedOn", today.plusDays(1).toString())
			.param("hours", "0")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(bad).hasStatusOk().hasViewName("training/outside");
		assertThat(FormErrors.fieldErrors(bad, "form")).containsOnly(
				Map.entry("course", "Give the name of the course."), Map.entry("hours", "Give at least 0.1 hours."));
		MvcTestResult nobody = this.mvc.post()
			.uri("/training/outside")
			.multipart()
			.param("course", "Privacy basics")
			.param("provider", "Community college")
			.param("completedOn", today.plusDays(1).toString())
			.param("hours", "2")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(FormErrors.fieldErrors(nobody, "form")).containsOnly(
				Map.entry("userId", "Choose the person, or type the name of someone without an account."),
				Map.entry("completedOn", "The completion date cannot be in the future."));
		assertThat(nobody).bodyText().contains("The completion date cannot be in the future.");
		assertThat(this.mvc.post()
			.uri("/training/outside")
			.multipart()
			.param("personName", "Sam Volunteer")
			.param("course", "Privacy basics")
			.param("provider", "Community college")
			.param("completedOn", today.toString())
			.param("hours", "2")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/training/outside").with(officer.signedIn())).bodyText()
			.contains("Sam Volunteer");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/records/outside")
			.multipart()
			.param("userId", UUID.randomUUID().toString())
			.param("course", "Privacy basics")
			.param("provider", "Community college")
			.param("completedOn", today.toString())
			.param("hours", "2")
			.header(HttpHeaders.AUTHORIZATION, bearer(officer))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.userId")
			.isEqualTo("That person is not a member of this practice.");
	}

	@Test
	void staffCannotRecordOutsideTrainingNorReadOthers() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/records/outside")
			.multipart()
			.param("personName", "Me")
			.param("course", "c")
			.param("provider", "p")
			.param("completedOn", "2025-01-01")
			.param("hours", "1")
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/records/outside")
			.multipart()
			.param("personName", "Pat Trainee")
			.param("course", "c")
			.param("provider", "p")
			.param("completedOn", "2025-01-01")
			.param("hours", "1")
			.header(HttpHeaders.AUTHORIZATION, bearer(officer))).hasStatus(HttpStatus.CREATED);
		UUID id = this.jdbc.sql("select id from trn_outside_training where practice_id = :p")
			.param("p", officer.practiceId())
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get()
			.uri("/api/v1/training/records/outside/" + id)
			.header(HttpHeaders.AUTHORIZATION, bearer(staff))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				this.mvc.get().uri("/api/v1/training/records/outside").header(HttpHeaders.AUTHORIZATION, bearer(staff)))
			.hasHeader("X-Total-Count", "0");
	}

	private long audit(TestMember member, String action) {
		return this.jdbc.sql("select count(*) from audit_entry where practice_id = :practice and action = :action")
			.param("practice", member.practiceId())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private String bearer(TestMember member) {
		return "Bearer " + this.members.apiToken(member);
	}

}
