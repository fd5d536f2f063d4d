package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The assessment pages end to end with MockMvc: start, profile, answers (plain post and
 * htmx), proposed risks, decisions with field errors, review, sign-off, the frozen
 * assessment, the report, and CSRF.
 */
@BulwarkIntegrationTest
class AssessmentPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityOfficerCompletesAnAssessmentThroughThePages() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult started = post(officer, "/assessments", "title", "Risk assessment 2026", "carryOver", "false");
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/assessments/[0-9a-f-]{36}/profile");
		UUID id = UUID
			.fromString(location.substring("/assessments/".length(), location.length() - "/profile".length()));

		assertThat(get(officer, location)).hasStatusOk().bodyText().contains("Do you work completely alone?");
		assertThat(post(officer, location, "values[solo_practitioner]", "true", "values[workforce_size]", "1",
				"values[wireless_network]", "false"))
			.hasStatus3xxRedirection();
		assertThat(get(officer, "/assessments/" + id)).hasStatusOk()
			.bodyText()
			.contains("Risk assessment 2026")
			.contains("Policies and responsibilities")
			.contains("Continue where you left off");
		assertThat(get(officer, "/assessments/" + id + "/sections/workforce")).hasStatusOk()
			.bodyText()
			.contains("You told us you work alone");

		MvcTestResult answered = post(officer, "/assessments/" + id + "/answers/BAS-03", "answer", "NO", "notes",
				"Never done one.", "_flagged", "on");
		assertThat(answered).hasStatus3xxRedirection();
		assertThat(answered.getResponse().getRedirectedUrl())
			.isEqualTo("/assessments/" + id + "/sections/basics#q-BAS-03");
		assertThat(get(officer, "/assessments/" + id + "/sections/basics")).hasStatusOk()
			.bodyText()
			.contains("Never done one.")
			.contains("Proposed risks for your register")
			.contains("Risk analysis incomplete or out of date");
		assertThat(get(officer, "/risks?status=PROPOSED")).hasStatusOk()
			.bodyText()
			.contains("Risk analysis incomplete or out of date");

		MvcTestResult htmx = this.mvc.post()
			.uri("/assessments/{id}/answers/BAS-01", id)
			.header("HX-Request", "true")
			.param("answer", "YES")
			.param("flagged", "true")
			.param("_flagged", "on")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(htmx).hasStatusOk().bodyText().contains("Saved.").contains("Flagged for later");
		assertThat(htmx.getResponse().getContentAsString()).contains("id=\"q-BAS-01\"")
			.contains("hx-swap-oob")
			.doesNotContain("<html");

		MvcTestResult missingReason = post(officer, "/assessments/" + id + "/answers/BAS-02", "answer",
				"NOT_APPLICABLE", "notApplicableReason", "");
		assertThat(missingReason).hasStatusOk()
			.bodyText()
			.contains("Say why this question does not apply to your practice.");
		assertThat(missingReason.getResponse().getContentAsString()).contains("id=\"BAS-02-reason-error\"")
			.contains("aria-describedby=\"BAS-02-reason-error\"");

		assertThat(get(officer, "/assessments/" + id + "/results")).hasStatusOk().bodyText().contains("BAS-03");
		assertThat(get(officer, "/assessments/" + id + "/decisions")).hasStatusOk()
			.bodyText()
			.contains("Automatic logoff");
		assertThat(get(officer, "/assessments/" + id + "/decisions/edit?citation=164.312(a)(2)(iii)")).hasStatusOk();
		MvcTestResult noDescription = post(officer, "/assessments/" + id + "/decisions", "citation",
				"164.312(a)(2)(iii)", "outcome", "ALTERNATIVE", "alternative", "");
		assertThat(noDescription).hasStatusOk()
			.bodyText()
			.contains("Describe the alternative you use instead and why it is equivalent.");
		assertThat(noDescription.getResponse().getContentAsString()).contains("id=\"alternative-error\"");
		assertThat(post(officer, "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)", "outcome",
				"IMPLEMENTED"))
			.hasStatus3xxRedirection();
		assertThat(get(officer, "/assessments/" + id + "/decisions")).bodyText().contains("Decided by");

		assertThat(get(officer, "/assessments/" + id + "/review")).hasStatusOk()
			.bodyText()
			.contains("Submit for review");
		assertThat(post(officer, "/assessments/" + id + "/submit")).hasStatus3xxRedirection();
		MvcTestResult unattested = post(officer, "/assessments/" + id + "/sign-off", "name", "Morgan Lee",
				"acknowledgeIncomplete", "true");
		assertThat(unattested).hasStatusOk().bodyText().contains("Tick the box to confirm the attestation.");
		assertThat(post(officer, "/assessments/" + id + "/sign-off", "name", "Morgan Lee", "attest", "true",
				"acknowledgeIncomplete", "true"))
			.hasStatus3xxRedirection();
		assertThat(get(officer, "/assessments/" + id + "/review")).hasStatusOk()
			.bodyText()
			.contains("I, Morgan Lee, security official of " + officer.practiceName());

		MvcTestResult frozen = post(officer, "/assessments/" + id + "/answers/BAS-04", "answer", "YES");
		assertThat(frozen).hasStatus(HttpStatus.CONFLICT).bodyText().contains("signed off and is frozen");
		assertThat(post(officer, location, "values[solo_practitioner]", "false")).hasStatus(HttpStatus.CONFLICT);
		MvcTestResult frozenHtmx = this.mvc.post()
			.uri("/assessments/{id}/answers/BAS-04", id)
			.header("HX-Request", "true")
			.param("answer", "YES")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(frozenHtmx).hasStatus(HttpStatus.CONFLICT).bodyText().contains("That cannot be done");
		assertThat(frozenHtmx.getResponse().getContentAsString()).doesNotContain("<html");

		MvcTestResult pdf = get(officer, "/assessments/" + id + "/report.pdf");
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(auditActions(officer.practiceId())).contains("assessment.created", "assessment.profile-changed",
				"assessment.answered", "assessment.decision-recorded", "assessment.submitted", "assessment.signed-off",
				"assessment.report-downloaded", "risk-register.viewed");

		assertThat(get(officer, "/assessments")).hasStatusOk().bodyText().contains("Start an assessment");
		assertThat(get(officer, "/treatment-plan")).hasStatusOk()
			.bodyText()
			.contains("Risk analysis incomplete or out of date");
		assertThat(get(officer, "/assessments/" + id + "/compare")).hasStatusOk();
		assertThat(get(officer, "/")).hasStatusOk().bodyText().contains("Risk assessment").contains("Signed off");
	}

	@Test
	void formsWithoutACsrfTokenAreRejected() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssessmentSummary started = AssessmentFixtures.start(this.assessments, officer);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.get("/assessments/" + started.id())).hasStatusOk();
		assertThat(browser.postWithoutCsrf("/assessments/" + started.id() + "/answers/BAS-01", "answer", "NO"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.assessments.details(officer.practiceId(), started.id()).summary().answered()).isZero();
		assertThat(browser.post("/assessments/" + started.id() + "/answers/BAS-01", "answer", "NO"))
			.hasStatus3xxRedirection();
		assertThat(this.assessments.details(officer.practiceId(), started.id()).summary().answered()).isOne();
	}

	private MvcTestResult get(TestMember member, String uri) {
		return this.mvc.get().uri(uri).with(member.signedIn()).exchange();
	}

	private MvcTestResult post(TestMember member, String uri, String... pairs) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(member.signedIn());
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			request = request.param(pairs[i], pairs[i + 1]);
		}
		return request.exchange();
	}

	private java.util.List<String> auditActions(UUID practiceId) {
		return this.jdbc.sql("select action from audit_entry where practice_id = :p")
			.param("p", practiceId)
			.query(String.class)
			.list();
	}

}
