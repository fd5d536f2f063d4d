package dev.bulwark.training;

import java.time.LocalDate;
import java.util.Map;

import dev.bulwark.FormErrors;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Phishing simulation results: recorded on the page and by API, counts checked by field,
 * the trend with its changes, and who may record.
 */
@BulwarkIntegrationTest
class PhishingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Test
	void theOfficerRecordsResultsAndSeesTheTrend() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = this.training.today(officer.actor());
		String token = "Bearer " + this.members.apiToken(officer);
		assertThat(this.mvc.post()
			.uri("/training/phishing")
			.param("runOn", today.minusMonths(3).toString())
			.param("campaign", "Fake parcel notice")
			.param("sent", "20")
			.param("clicked", "5")
			.param("reported", "4")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "\"Fake parcel notice\" was recorded: 25.0% clicked, 20.0% reported.");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/phishing")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"runOn\": \"" + today + "\", \"campaign\": \"Payroll update\", \"sent\": 20, \"clicked\": 2, "
					+ "\"reported\": 9}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/training/phishing").with(officer.signedIn())).hasViewName("training/phishing")
			.bodyText()
			.contains("25.0% (5 of 20)")
			.contains("10.0% (2 of 20)")
			.contains("-15.0 points")
			.contains("+25.0 points");
		assertThat(this.mvc.get().uri("/api/v1/training/phishing/trend").header(HttpHeaders.AUTHORIZATION, token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].campaign")
			.asArray()
			.containsExactly("Fake parcel notice", "Payroll update");
		assertThat(this.mvc.get().uri("/api/v1/training/phishing").header(HttpHeaders.AUTHORIZATION, token))
			.hasStatusOk()
			.hasHeader("X-Total-Count", "2")
			.bodyJson()
			.extractingPath("$[0].campaign")
			.isEqualTo("Payroll update");
	}

	@Test
	void countsAreCheckedByFieldAndStaffCannotRecord() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		LocalDate today = this.training.today(officer.actor());
		MvcTestResult bad = this.mvc.post()
			.uri("/training/phishing")
			.param("runOn", today.toString())
			.param("campaign", "Gift cards")
			.param("sent", "10")
			.param("clicked", "11")
			.param("reported", "-1")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(bad).hasStatusOk().hasViewName("training/phishing");
		assertThat(FormErrors.fieldErrors(bad, "form")).containsOnly(Map.entry("reported", "Give 0 or more."));
		MvcTestResult more = this.mvc.post()
			.uri("/training/phishing")
			.param("runOn", today.toString())
			.param("campaign", "Gift cards")
			.param("sent", "10")
			.param("clicked", "11")
			.param("reported", "3")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(FormErrors.fieldErrors(more, "form"))
			.containsOnly(Map.entry("clicked", "More people clicked than e-mails were sent; check the counts."));
		assertThat(more).bodyText().contains("More people clicked than e-mails were sent; check the counts.");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/phishing")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"runOn\": \"" + today
					+ "\", \"campaign\": \"x\", \"sent\": 0, \"clicked\": 0, \"reported\": 0}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.sent")
			.isEqualTo("At least one e-mail must have been sent.");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/phishing")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.members.apiToken(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/training/phishing").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
	}

}
