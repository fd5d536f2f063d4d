package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.assessment.AssessmentPagesTests.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The addressable decision "not yet in place — planned in the treatment plan" and the
 * scope of the analysis, on the pages and through the API: the task is required and must
 * be one of the current risks' tasks, the decision shows its task, and the scope's dates
 * are checked next to their fields.
 */
@BulwarkIntegrationTest
class DecisionAndScopePagesTests {

	private static final String CITATION = "164.312(a)(2)(iii)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Test
	void aPlannedDecisionNeedsATaskOfTheTreatmentPlanOnThePage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		var task = this.assessments.taskChoices(officer.practiceId(), id).get(0);

		MvcTestResult edit = get(officer, "/assessments/" + id + "/decisions/edit?citation=" + CITATION);
		assertThat(edit).hasStatusOk().hasViewName("assessment/decision").model().containsKeys("tasks", "outcomes");
		assertThat(edit).bodyText().contains("Not yet in place — planned in the treatment plan");

		MvcTestResult noTask = post(officer, "/assessments/" + id + "/decisions", "citation", CITATION, "outcome",
				"PLANNED");
		assertThat(noTask).hasStatusOk().hasViewName("assessment/decision");
		assertThat(fieldError(noTask, "form", "plannedTaskId"))
			.isEqualTo("Choose the treatment-plan task that puts it in place.");
		assertThat(noTask).bodyText().contains("Choose the treatment-plan task that puts it in place.");

		MvcTestResult unknownTask = post(officer, "/assessments/" + id + "/decisions", "citation", CITATION, "outcome",
				"PLANNED", "plannedTaskId", UUID.randomUUID().toString());
		assertThat(unknownTask).hasStatusOk().hasViewName("assessment/decision");
		assertThat(fieldError(unknownTask, "form", "plannedTaskId"))
			.isEqualTo("Choose the treatment-plan task that puts it in place.");

		assertThat(post(officer, "/assessments/" + id + "/decisions", "citation", CITATION, "outcome", "PLANNED",
				"plannedTaskId", task.value()))
			.hasRedirectedUrl("/assessments/" + id + "/decisions")
			.flash()
			.containsEntry("message", "Decision on " + CITATION + " recorded.");
		DecisionView decision = this.assessments.details(officer.practiceId(), id)
			.decisions()
			.stream()
			.filter((d) -> d.citation().equals(CITATION))
			.findFirst()
			.orElseThrow();
		assertThat(decision.outcome()).isEqualTo(DecisionOutcome.PLANNED);
		assertThat(decision.plannedTaskId()).hasToString(task.value());
		assertThat(get(officer, "/assessments/" + id + "/decisions")).bodyText()
			.contains("Not yet in place — planned in the treatment plan")
			.contains(task.label().substring(task.label().indexOf(": ") + 2, task.label().length() - 1));
	}

	@Test
	void aPlannedDecisionThroughTheApi() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		String task = this.assessments.taskChoices(officer.practiceId(), id).get(0).value();

		assertThat(decide(token, id, "{\"outcome\": \"PLANNED\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.plannedTaskId")
			.isEqualTo("Choose the treatment-plan task that puts it in place.");
		assertThat(decide(token, id, "{\"outcome\": \"PLANNED\", \"plannedTaskId\": \"" + UUID.randomUUID() + "\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.plannedTaskId")
			.isEqualTo("Choose the treatment-plan task that puts it in place.");

		MvcTestResult planned = decide(token, id, "{\"outcome\": \"PLANNED\", \"plannedTaskId\": \"" + task + "\"}");
		assertThat(planned).hasStatusOk().bodyJson().extractingPath("$.outcome").isEqualTo("PLANNED");
		assertThat(planned).bodyJson().extractingPath("$.plannedTaskId").isEqualTo(task);
		assertThat(planned).bodyJson().extractingPath("$.decidedAt").isNotNull();
	}

	@Test
	void theScopePageChecksItsDatesNextToTheFieldsAndSaves() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();

		MvcTestResult page = get(officer, "/assessments/" + id + "/scope");
		assertThat(page).hasStatusOk().hasViewName("assessment/scope").model().containsKeys("form", "assessment");
		assertThat(page).bodyText().contains("Save the scope");

		MvcTestResult backwards = post(officer, "/assessments/" + id + "/scope", "periodStart", "2025-12-01",
				"periodEnd", "2025-01-01", "nextReview", "2025-06-01");
		assertThat(backwards).hasStatusOk().hasViewName("assessment/scope");
		assertThat(fieldError(backwards, "form", "periodEnd"))
			.isEqualTo("The end of the period must not be before its start.");
		assertThat(fieldError(backwards, "form", "nextReview"))
			.isEqualTo("The next review must be after the start of the period.");
		assertThat(backwards.getResponse().getContentAsString()).contains("id=\"periodEnd-error\"");

		MvcTestResult unreadable = post(officer, "/assessments/" + id + "/scope", "periodStart", "31/12/2025");
		assertThat(unreadable).hasStatusOk().hasViewName("assessment/scope");
		assertThat(unreadable.getResponse().getContentAsString())
			.contains("Enter a real date between 1900 and 2199 as year-month-day")
			.doesNotContain("LocalDate");

		assertThat(post(officer, "/assessments/" + id + "/scope", "locations", "Main office, 1 Oak Road", "periodStart",
				"2025-01-01", "periodEnd", "2025-12-31", "participants",
				"Sam Ortiz, Acme IT — managed service provider", "nextReview", "2026-12-01"))
			.hasRedirectedUrl("/assessments/" + id + "/scope")
			.flash()
			.containsEntry("message", "The scope of the analysis was saved.");
		ScopeForm saved = this.assessments.scopeForm(officer.practiceId(), id);
		assertThat(saved.locations()).isEqualTo("Main office, 1 Oak Road");
		assertThat(saved.nextReview()).hasToString("2026-12-01");
		assertThat(get(officer, "/assessments/" + id + "/scope")).bodyText().contains("Sam Ortiz, Acme IT");
	}

	@Test
	void theScopeThroughTheApi() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();

		assertThat(scope(token, id, "{\"periodStart\": \"2025-12-01\", \"periodEnd\": \"2025-01-01\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.periodEnd")
			.isEqualTo("The end of the period must not be before its start.");
		MvcTestResult saved = scope(token, id, """
				{"locations": "Main office", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
				 "incidents": "None.", "nextReview": "2026-12-01"}""");
		assertThat(saved).hasStatusOk().bodyJson().extractingPath("$.nextReview").isEqualTo("2026-12-01");
		assertThat(saved).bodyJson().extractingPath("$.incidents").isEqualTo("None.");

		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(this.mvc.put()
			.uri("/api/v1/assessments/{id}/scope", id)
			.header("Authorization", "Bearer " + this.members.apiToken(auditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
	}

	private MvcTestResult decide(String token, UUID id, String json) {
		return this.mvc.put()
			.uri("/api/v1/assessments/{id}/decisions/{citation}", id, CITATION)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult scope(String token, UUID id, String json) {
		return this.mvc.put()
			.uri("/api/v1/assessments/{id}/scope", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
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

}
