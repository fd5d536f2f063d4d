package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

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

import static dev.bulwark.assessment.AssessmentFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may do what: staff answer only the questions assigned to them, auditors read
 * everything and change nothing, IT technicians answer technical questions and work on
 * risks but neither sign off nor accept risks, and only the security officer signs off
 * and accepts.
 */
@BulwarkIntegrationTest
class AssessmentAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Test
	void staffAnswerOnlyTheQuestionsAssignedToThem() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(post(officer, "/assessments/" + id + "/assignments", "questionKey", "BAS-01", "assigneeId",
				staff.userId().toString()))
			.hasStatus3xxRedirection();

		assertThat(get(staff, "/")).hasStatusOk()
			.bodyText()
			.contains("You have 1 of 1 assigned questions left to answer.");
		assertThat(get(staff, "/assessments")).hasRedirectedUrl("/assessments/" + id + "/mine");
		assertThat(get(staff, "/assessments/" + id + "/mine")).hasStatusOk()
			.bodyText()
			.contains("BAS-01")
			.doesNotContain("BAS-02");
		assertThat(get(staff, "/assessments/" + id + "/sections/basics")).hasStatusOk()
			.bodyText()
			.contains("BAS-01")
			.doesNotContain("BAS-02");
		assertThat(post(staff, "/assessments/" + id + "/answers/BAS-01", "answer", "PARTLY", "returnTo", "mine"))
			.hasRedirectedUrl("/assessments/" + id + "/mine#q-BAS-01");
		assertThat(post(staff, "/assessments/" + id + "/answers/BAS-02", "answer", "YES"))
			.hasStatus(HttpStatus.FORBIDDEN);
		String token = this.members.apiToken(staff);
		assertThat(putJson(token, "/api/v1/assessments/" + id + "/answers/BAS-02", "{\"answer\":\"YES\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(putJson(token, "/api/v1/assessments/" + id + "/answers/BAS-01", "{\"answer\":\"YES\"}"))
			.hasStatusOk();
		for (String page : List.of("/risks", "/treatment-plan", "/assessments/" + id + "/review",
				"/assessments/" + id + "/profile", "/assessments/" + id + "/report.pdf")) {
			assertThat(get(staff, page)).as(page).hasStatus(HttpStatus.FORBIDDEN);
		}
		this.assessments.submit(actor(officer), id);
		assertThat(post(staff, "/assessments/" + id + "/answers/BAS-01", "answer", "NO"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.assessments.details(officer.practiceId(), id).answers().get(0).answer())
			.isEqualTo(AnswerValue.YES);
	}

	@Test
	void auditorsReadEverythingAndChangeNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		RiskDetails risk = this.risks.register(officer.practiceId(), RiskFilter.none()).risks().get(0);
		UUID taskId = risk.tasks().get(0).id();
		for (String page : List.of("/assessments", "/assessments/" + id, "/assessments/" + id + "/profile",
				"/assessments/" + id + "/sections/basics", "/assessments/" + id + "/results",
				"/assessments/" + id + "/decisions", "/assessments/" + id + "/review",
				"/assessments/" + id + "/compare", "/risks", "/risks/" + risk.id(), "/treatment-plan",
				"/assessments/" + id + "/report.pdf")) {
			assertThat(get(auditor, page)).as(page).hasStatusOk();
		}
		assertThat(get(auditor, "/assessments/" + id + "/sections/basics")).bodyText()
			.contains("Not answered yet")
			.doesNotContain("Save answer");
		String[][] changes = { { "/assessments", "carryOver", "false" },
				{ "/assessments/" + id + "/profile", "values[solo_practitioner]", "true" },
				{ "/assessments/" + id + "/answers/BAS-01", "answer", "YES" },
				{ "/assessments/" + id + "/assignments", "section", "basics" },
				{ "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)", "outcome", "IMPLEMENTED" },
				{ "/assessments/" + id + "/submit" }, { "/assessments/" + id + "/reopen" },
				{ "/assessments/" + id + "/sign-off", "name", "Auditor", "attest", "true" },
				{ "/risks", "title", "Something", "likelihood", "LOW", "impact", "LOW" },
				{ "/risks/" + risk.id(), "title", "Renamed", "likelihood", "LOW", "impact", "LOW" },
				{ "/risks/" + risk.id() + "/accept", "justification", "We accept this risk because reasons." },
				{ "/risks/" + risk.id() + "/tasks", "title", "Another task" },
				{ "/risks/" + risk.id() + "/tasks/" + taskId, "title", "Done", "done", "true" } };
		for (String[] change : changes) {
			String[] params = java.util.Arrays.copyOfRange(change, 1, change.length);
			assertThat(post(auditor, change[0], params)).as(change[0]).hasStatus(HttpStatus.FORBIDDEN);
		}
		String token = this.members.apiToken(auditor);
		assertThat(this.mvc.get().uri("/api/v1/assessments/{id}", id).header("Authorization", "Bearer " + token))
			.hasStatusOk();
		assertThat(postJson(token, "/api/v1/assessments", "{\"carryOver\":false}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(putJson(token, "/api/v1/assessments/" + id + "/answers/BAS-01", "{\"answer\":\"YES\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(postJson(token, "/api/v1/assessments/" + id + "/sign-off", "{\"name\":\"A\",\"attest\":true}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(putJson(token, "/api/v1/risks/" + risk.id(),
				"{\"title\":\"Renamed\",\"likelihood\":\"LOW\",\"impact\":\"LOW\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		RiskDetails after = this.risks.details(officer.practiceId(),
				this.risks.record(officer.practiceId(), risk.id()));
		assertThat(after.title()).isEqualTo(risk.title());
		assertThat(after.tasks().get(0).done()).isFalse();
		assertThat(this.assessments.details(officer.practiceId(), id).summary().answered()).isOne();
	}

	@Test
	void itTechniciansAnswerTechnicalQuestionsAndWorkOnRisksButNeitherSignOffNorAccept() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(post(technician, "/assessments/" + id + "/answers/TEC-10", "answer", "NO"))
			.hasStatus3xxRedirection();
		assertThat(post(technician, "/assessments/" + id + "/answers/POL-01", "answer", "YES"))
			.hasStatus(HttpStatus.FORBIDDEN);
		RiskDetails risk = this.risks
			.register(officer.practiceId(), new RiskFilter(null, null, RiskStatus.PROPOSED, null, false))
			.risks()
			.get(0);
		assertThat(post(technician, "/risks/" + risk.id(), "title", risk.title(), "likelihood", "HIGH", "impact",
				"HIGH", "treatment", "MITIGATE", "ownerId", technician.userId().toString(), "dueDate", "2027-03-31"))
			.hasRedirectedUrl("/risks/" + risk.id());
		RiskDetails edited = this.risks.get(officer.practiceId(), risk.id());
		assertThat(edited.status()).isEqualTo(RiskStatus.OPEN);
		assertThat(edited.ownerId()).isEqualTo(technician.userId());
		assertThat(edited.edited()).isTrue();
		assertThat(post(technician, "/risks/" + risk.id(), "title", risk.title(), "likelihood", "HIGH", "impact",
				"HIGH", "treatment", "ACCEPT", "justification", "The technician would like to accept this one."))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(technician, "/risks/" + risk.id() + "/accept", "justification",
				"The technician would like to accept this one."))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(technician, "/assessments/" + id + "/submit")).hasStatus3xxRedirection();
		assertThat(post(technician, "/assessments/" + id + "/sign-off", "name", "Tech", "attest", "true",
				"acknowledgeIncomplete", "true"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(technician, "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)", "outcome",
				"IMPLEMENTED"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.assessments.details(officer.practiceId(), id).summary().status())
			.isEqualTo(AssessmentStatus.IN_REVIEW);
		assertThat(this.risks.get(officer.practiceId(), risk.id()).status()).isEqualTo(RiskStatus.OPEN);
	}

	@Test
	void acceptingARiskNeedsTheSecurityOfficerAndAJustificationShownNextToTheField() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		RiskDetails risk = this.risks.register(officer.practiceId(), RiskFilter.none()).risks().get(0);
		MvcTestResult missing = post(officer, "/risks/" + risk.id() + "/accept", "justification", "");
		assertThat(missing).hasStatusOk().bodyText().contains("Write why the practice accepts this risk");
		assertThat(missing).hasViewName("assessment/risk");
		assertThat(AssessmentPagesTests.fieldError(missing, "acceptance", "justification"))
			.isEqualTo("Write why the practice accepts this risk instead of reducing it.");
		assertThat(missing.getResponse().getContentAsString()).contains("id=\"accept-justification-error\"")
			.contains("aria-describedby=\"accept-justification-error\"");
		MvcTestResult viaEdit = post(officer, "/risks/" + risk.id(), "title", risk.title(), "likelihood", "HIGH",
				"impact", "HIGH", "treatment", "ACCEPT", "justification", "");
		assertThat(viaEdit).hasStatusOk();
		assertThat(AssessmentPagesTests.fieldError(viaEdit, "form", "justification"))
			.isEqualTo("Write why the practice accepts this risk instead of reducing it.");
		assertThat(viaEdit.getResponse().getContentAsString()).contains("id=\"justification-error\"");
		assertThat(this.risks.get(officer.practiceId(), risk.id()).status()).isEqualTo(RiskStatus.PROPOSED);

		assertThat(post(officer, "/risks/" + risk.id() + "/accept", "justification",
				"We are replacing the whole system in January; the vendor confirmed the date in writing."))
			.hasRedirectedUrl("/risks/" + risk.id());
		RiskDetails accepted = this.risks.get(officer.practiceId(), risk.id());
		assertThat(accepted.status()).isEqualTo(RiskStatus.ACCEPTED);
		assertThat(accepted.treatment()).isEqualTo(Treatment.ACCEPT);
		assertThat(accepted.acceptedByName()).isEqualTo("Test Security officer");
		assertThat(accepted.acceptedAt()).isNotNull();
		assertThat(get(officer, "/risks/" + risk.id())).bodyText().contains("We are replacing the whole system");
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

	private MvcTestResult putJson(String token, String uri, String json) {
		return this.mvc.put()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult postJson(String token, String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
