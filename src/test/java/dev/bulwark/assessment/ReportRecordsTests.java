package dev.bulwark.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report prints the practice's own records from the modules that keep them, read back
 * from the PDF: the incidents of the period from the incident log (and none outside it),
 * the business associates with their agreements' dates from the vendor register, earlier
 * analyses and the next review; per answer who answered, in which role and when; and a
 * backup target (the NAS the copies go to) is not itself reported as lacking a backup.
 */
@BulwarkIntegrationTest
class ReportRecordsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Practices practices;

	@Test
	void theReportListsIncidentsBusinessAssociatesAnswerersAndLeavesBackupTargetsAlone() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		String token = "Bearer " + this.members.apiToken(officer);
		Actor actor = AssessmentFixtures.actor(officer);
		LocalDate today = this.practices.today(officer.practiceId());

		AssessmentSummary earlier = AssessmentFixtures.signedOff(this.assessments, officer);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-01", AnswerValue.YES);
		AssessmentFixtures.answer(this.assessments, technician, id, "TEC-10", AnswerValue.NO);
		this.assessments.saveScope(actor, id, new ScopeForm("Main office, 1 Oak Road", today.minusYears(1), today, null,
				null, "One phishing e-mail, deleted unopened.", today.plusYears(1)));

		asset(token, """
				{"name": "Backup NAS", "kind": "SERVER", "ephi": "BACKUPS", "encryption": "YES",
				 "backedUp": "UNKNOWN", "patchStatus": "CURRENT", "antiMalware": "YES"}""");
		asset(token, """
				{"name": "File server", "kind": "SERVER", "ephi": "STORES", "encryption": "YES",
				 "backedUp": "UNKNOWN", "patchStatus": "CURRENT", "antiMalware": "YES"}""");

		incident(token, "Phishing e-mail opened at the front desk", today.minusDays(10));
		incident(token, "Laptop left on the train", today.minusYears(2));

		String vendor = JsonPath.read(this.mvc.post()
			.uri("/api/v1/vendors")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Backblaze", "service": "Cloud backup", "maintainsPhi": true, "riskTier": "HIGH"}""")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat(this.mvc.post()
			.uri("/api/v1/vendors/{id}/baas", vendor)
			.multipart()
			.file(new MockMultipartFile("file", "baa.pdf", "application/pdf", "%PDF-1.4 signed".getBytes()))
			.param("effectiveOn", "2025-02-01")
			.param("breachWindowDays", "30")
			.header("Authorization", token)
			.exchange()).hasStatus(HttpStatus.CREATED);

		String text = text(this.assessments.report(officer.practiceId(), id));

		assertThat(text).as("incidents of the period from the incident log")
			.contains("1 incident recorded in the incident log from")
			.contains(today.minusYears(1).toString())
			.contains(today.minusDays(10) + " Not yet triaged Reported, not yet triaged Not assessed")
			.doesNotContain(today.minusYears(2).toString())
			.contains("Statement: One phishing e-mail, deleted unopened.");
		assertThat(text).as("business associates with their agreement dates from the vendor register")
			.contains("Backblaze Cloud backup")
			.contains("2025-02-01")
			.doesNotContain("The vendor register lists no business associates");
		assertThat(text).as("earlier analyses and the next review")
			.contains(earlier.title())
			.contains("Next review " + today.plusYears(1));
		assertThat(text).as("who answered, in which role, and when")
			.contains("Answered by " + officer.displayName() + " (Security officer) on " + today)
			.contains("Answered by " + technician.displayName() + " (IT technician (MSP)) on " + today);
		assertThat(text).as("the NAS holds the backups; the file server's backup is still unconfirmed")
			.contains("Backup not confirmed for File server")
			.doesNotContain("Backup not confirmed for Backup NAS")
			.contains("Not needed: holds the backups");

		assertThat(this.mvc.get().uri("/api/v1/assessments/{id}", id).header("Authorization", token)).bodyJson()
			.extractingPath("$.answers[?(@.questionKey == 'TEC-10')].answeredByRole")
			.asArray()
			.containsExactly("IT technician (MSP)");
	}

	@Test
	void aSignedOffReportKeepsTheIncidentsAndBusinessAssociatesOfItsSignOff() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		LocalDate today = this.practices.today(officer.practiceId());
		incident(token, "Phishing e-mail opened at the front desk", today.minusDays(5));
		vendor(token, "Backblaze");
		AssessmentSummary signed = AssessmentFixtures.signedOff(this.assessments, officer);

		incident(token, "Laptop left on the train", today.minusDays(3));
		vendor(token, "Latecomer Cloud");

		String frozen = text(this.assessments.report(officer.practiceId(), signed.id()));
		assertThat(frozen).as("what was recorded after the sign-off does not change the signed report")
			.contains("1 incident recorded in the incident log from")
			.contains("Backblaze")
			.doesNotContain("Latecomer Cloud");
		UUID draft = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(text(this.assessments.report(officer.practiceId(), draft))).as("a report under way reads live")
			.contains("2 incidents recorded in the incident log from")
			.contains("Latecomer Cloud");
	}

	private void vendor(String token, String name) {
		assertThat(this.mvc.post()
			.uri("/api/v1/vendors")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "service": "Cloud backup", "maintainsPhi": true, "riskTier": "HIGH"}"""
				.formatted(name)))
			.hasStatus(HttpStatus.CREATED);
	}

	private void incident(String token, String what, LocalDate on) {
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"what": "%s", "happenedOn": "%s", "noticedBy": "Front desk"}""".formatted(what, on)))
			.hasStatus(HttpStatus.CREATED);
	}

	private void asset(String token, String json) {
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatus(HttpStatus.CREATED);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return ReportRendererTests.normalized(new PDFTextStripper().getText(document));
		}
	}

}
