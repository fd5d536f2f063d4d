package dev.bulwark.assessment;

import java.util.List;
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
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static dev.bulwark.assessment.AssessmentFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The assessment and risk pages with MockMvc, each test on its own practice: the view,
 * the model and the exact message next to the field for bad input, the flash message
 * after a change, the frozen assessment (also for an htmx save from a second tab), the
 * report, and CSRF.
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
	Risks risks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startingAnAssessmentOpensItsProfile() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult started = post(officer, "/assessments", "title", "Risk assessment 2026", "carryOver", "false");
		assertThat(started).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "Assessment started. Begin with the practice profile.");
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/assessments/[0-9a-f-]{36}/profile");

		MvcTestResult profile = get(officer, location);
		assertThat(profile).hasStatusOk().hasViewName("assessment/profile").model().containsKeys("fields", "form");
		assertThat(profile).bodyText().contains("Do you work completely alone?").contains("Save the profile");
	}

	@Test
	void aSecondAssessmentIsRefusedAboveTheForm() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssessmentFixtures.start(this.assessments, officer);
		MvcTestResult second = post(officer, "/assessments", "carryOver", "false");
		assertThat(second).hasStatusOk().hasViewName("assessment/list");
		assertThat(globalError(second, "form"))
			.isEqualTo("An assessment is already under way. Finish it and sign it off before starting another.");
		assertThat(second).bodyText().contains("An assessment is already under way");
		assertThat(this.assessments.list(officer.practiceId())).hasSize(1);
	}

	@Test
	void theProfileNamesTheQuestionWhoseAnswerIsNotANumber() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		MvcTestResult saved = post(officer, "/assessments/" + id + "/profile", "values[solo_practitioner]", "false",
				"values[workforce_size]", "lots");
		assertThat(saved).hasStatusOk().hasViewName("assessment/profile");
		assertThat(fieldError(saved, "form", "values[workforce_size]"))
			.isEqualTo("Enter a whole number, for example 6.");
		assertThat(saved.getResponse().getContentAsString()).contains("id=\"values-workforce_size-error\"")
			.contains("aria-describedby=\"values-workforce_size-hint values-workforce_size-error\"");
		assertThat(this.assessments.details(officer.practiceId(), id).profile()).isEmpty();

		assertThat(post(officer, "/assessments/" + id + "/profile", "values[solo_practitioner]", "true",
				"values[workforce_size]", "1"))
			.hasRedirectedUrl("/assessments/" + id);
		assertThat(get(officer, "/assessments/" + id + "/sections/workforce")).hasStatusOk()
			.bodyText()
			.contains("You told us you work alone");
	}

	@Test
	void anAnswerIsSavedByAPlainPostOrInPlaceByHtmx() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		MvcTestResult answered = post(officer, "/assessments/" + id + "/answers/BAS-03", "answer", "NO", "notes",
				"Never done one.", "_flagged", "on");
		assertThat(answered).hasRedirectedUrl("/assessments/" + id + "/sections/basics#q-BAS-03")
			.flash()
			.containsEntry("message", "Saved. This answer proposes the risks below for your register.");
		assertThat(get(officer, "/assessments/" + id + "/sections/basics")).hasStatusOk()
			.hasViewName("assessment/section")
			.bodyText()
			.contains("Never done one.")
			.contains("Proposed risks for your register")
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
	}

	@Test
	void aNotApplicableAnswerWithoutAReasonIsShownOnItsQuestion() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		MvcTestResult missingReason = post(officer, "/assessments/" + id + "/answers/BAS-02", "answer",
				"NOT_APPLICABLE", "notApplicableReason", "");
		assertThat(missingReason).hasStatusOk().hasViewName("assessment/section");
		assertThat(fieldError(missingReason, "answerForm", "notApplicableReason"))
			.isEqualTo("Say why this question does not apply to your practice.");
		assertThat(missingReason.getResponse().getContentAsString()).contains("id=\"BAS-02-reason-error\"")
			.contains("Your answer was not saved: check the question marked below.");
		assertThat(this.assessments.details(officer.practiceId(), id).summary().answered()).isZero();
	}

	@Test
	void aDecisionThatTheSpecificationIsNotReasonableNeedsAReason() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(get(officer, "/assessments/" + id + "/decisions/edit?citation=164.312(a)(2)(iii)")).hasStatusOk()
			.hasViewName("assessment/decision");
		MvcTestResult noReason = post(officer, "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)",
				"outcome", "NOT_REASONABLE", "reason", "");
		assertThat(noReason).hasStatusOk().hasViewName("assessment/decision").model().containsKeys("decision");
		assertThat(fieldError(noReason, "form", "reason"))
			.isEqualTo("Explain why this is not reasonable and appropriate for your practice.");
		assertThat(noReason.getResponse().getContentAsString()).contains("id=\"reason-error\"");
		assertThat(this.assessments.details(officer.practiceId(), id).openDecisions())
			.isEqualTo(this.assessments.details(officer.practiceId(), id).decisions().size());

		assertThat(post(officer, "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)", "outcome",
				"IMPLEMENTED"))
			.hasRedirectedUrl("/assessments/" + id + "/decisions")
			.flash()
			.containsEntry("message", "Decision on 164.312(a)(2)(iii) recorded.");
		assertThat(get(officer, "/assessments/" + id + "/decisions")).bodyText().contains("Decided by");
	}

	@Test
	void aSignOffWithoutTheAttestationIsRefusedNextToTheTickBox() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		assertThat(post(officer, "/assessments/" + id + "/submit")).hasRedirectedUrl("/assessments/" + id + "/review");
		MvcTestResult unattested = post(officer, "/assessments/" + id + "/sign-off", "name", "Morgan Lee",
				"acknowledgeIncomplete", "true");
		assertThat(unattested).hasStatusOk().hasViewName("assessment/review").model().containsKeys("attestation");
		assertThat(fieldError(unattested, "form", "attest")).isEqualTo("Tick the box to confirm the attestation.");
		assertThat(fieldError(unattested, "form", "name")).as("not the signed-in account's name")
			.isEqualTo("Type your name as it is on your account: \"" + officer.displayName()
					+ "\". Change it under your account first if it is wrong.");
		assertThat(this.assessments.details(officer.practiceId(), id).summary().status())
			.isEqualTo(AssessmentStatus.IN_REVIEW);

		assertThat(post(officer, "/assessments/" + id + "/sign-off", "name", officer.displayName(), "attest", "true",
				"acknowledgeIncomplete", "true"))
			.hasRedirectedUrl("/assessments/" + id + "/review");
		assertThat(get(officer, "/assessments/" + id + "/review")).hasStatusOk()
			.bodyText()
			.contains("I, " + officer.displayName() + ", security official of " + officer.practiceName());
	}

	@Test
	void aSignedOffAssessmentSaysSoOnEveryPageIncludingAnHtmxSaveFromAnotherTab() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.signedOff(this.assessments, officer).id();
		String frozen = "This assessment was signed off and is frozen";

		MvcTestResult htmx = this.mvc.post()
			.uri("/assessments/{id}/answers/BAS-04", id)
			.header("HX-Request", "true")
			.param("answer", "YES")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(htmx).as("htmx swaps it in place, so the person sees it").hasStatusOk();
		String fragment = htmx.getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"q-BAS-04\"")
			.contains(frozen)
			.contains("Your answer was not saved.")
			.contains("role=\"alert\"")
			.doesNotContain("<html")
			.doesNotContain("Save answer");

		MvcTestResult plain = post(officer, "/assessments/" + id + "/answers/BAS-04", "answer", "YES");
		assertThat(plain).hasStatusOk().hasViewName("assessment/section").bodyText().contains(frozen);

		MvcTestResult profile = post(officer, "/assessments/" + id + "/profile", "values[solo_practitioner]", "false");
		assertThat(profile).hasStatusOk().hasViewName("assessment/profile");
		assertThat(globalError(profile, "form")).startsWith(frozen);

		MvcTestResult decision = post(officer, "/assessments/" + id + "/decisions", "citation", "164.312(a)(2)(iii)",
				"outcome", "IMPLEMENTED");
		assertThat(decision).hasStatusOk().hasViewName("assessment/decision");
		assertThat(globalError(decision, "form")).startsWith(frozen);

		assertThat(post(officer, "/assessments/" + id + "/submit")).hasRedirectedUrl("/assessments/" + id + "/review")
			.flash()
			.hasEntrySatisfying("error", (message) -> assertThat((String) message).startsWith(frozen));
		assertThat(this.assessments.details(officer.practiceId(), id).summary().answered()).isEqualTo(2);
	}

	@Test
	void aRiskFormNamesEveryFieldAtFault() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult untitled = post(officer, "/risks", "title", "", "likelihood", "LOW", "impact", "LOW");
		assertThat(untitled).hasStatusOk().hasViewName("assessment/risk-new").model().containsKeys("matrix", "owners");
		assertThat(fieldError(untitled, "form", "title")).isEqualTo("Give the risk a short title.");

		MvcTestResult ratings = post(officer, "/risks", "title", "Sticky notes", "likelihood", "VERY_HIGH", "impact",
				"LOW", "residualLikelihood", "LOW");
		assertThat(ratings).hasStatusOk().hasViewName("assessment/risk-new");
		assertThat(fieldError(ratings, "form", "likelihood")).isEqualTo("Choose low, moderate or high.");
		assertThat(fieldError(ratings, "form", "residualImpact"))
			.isEqualTo("Rate both the remaining likelihood and impact, or neither.");
		assertThat(this.risks.unaudited(officer.practiceId(), RiskFilter.none()).risks()).isEmpty();

		MvcTestResult added = post(officer, "/risks", "title", "Sticky notes", "likelihood", "HIGH", "impact", "LOW");
		assertThat(added).hasStatus3xxRedirection().flash().containsEntry("message", "Risk added to the register.");
	}

	@Test
	void theFirstTaskOfARiskWithoutTasksIsAddedThroughThePage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		RiskDetails risk = this.risks.create(actor(officer), new RiskForm("Sticky notes at reception", List.of(), null,
				null, null, null, RiskRating.MODERATE, RiskRating.LOW, null, null, null, null, null, null, null, null));
		assertThat(risk.tasks()).isEmpty();

		assertThat(post(officer, "/risks/" + risk.id() + "/tasks", "title", "Shred the notes"))
			.hasRedirectedUrl("/risks/" + risk.id() + "#tasks")
			.flash()
			.containsEntry("message", "Task added.");
		assertThat(post(officer, "/risks/" + risk.id() + "/tasks", "title", "Check every desk on Fridays"))
			.hasRedirectedUrl("/risks/" + risk.id() + "#tasks");
		List<Integer> positions = this.jdbc
			.sql("select position from asm_risk_task where practice_id = :p and risk_id = :r order by position")
			.param("p", officer.practiceId())
			.param("r", risk.id())
			.query(Integer.class)
			.list();
		assertThat(positions).containsExactly(0, 1);

		TreatmentTask first = this.risks
			.details(officer.practiceId(), this.risks.record(officer.practiceId(), risk.id()))
			.tasks()
			.get(0);
		assertThat(first.title()).isEqualTo("Shred the notes");
		assertThat(get(officer, "/risks/" + risk.id() + "/tasks/" + first.id())).hasStatusOk()
			.hasViewName("assessment/task")
			.bodyText()
			.contains("Save the task");
		assertThat(post(officer, "/risks/" + risk.id() + "/tasks/" + first.id(), "title", "Shred the notes", "done",
				"true"))
			.hasRedirectedUrl("/risks/" + risk.id() + "#tasks")
			.flash()
			.containsEntry("message", "Task marked done.");
		MvcTestResult untitled = post(officer, "/risks/" + risk.id() + "/tasks", "title", "");
		assertThat(untitled).hasStatusOk().hasViewName("assessment/risk");
		assertThat(fieldError(untitled, "task", "title")).isEqualTo("Say what needs doing.");
	}

	@Test
	void everyProposedRiskIsConfirmedInOneStepWithOneOwnerAndDueDate() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-02", AnswerValue.NO);
		long proposed = this.risks.unaudited(officer.practiceId(), RiskFilter.none())
			.risks()
			.stream()
			.filter((r) -> r.status() == RiskStatus.PROPOSED)
			.count();
		assertThat(proposed).isPositive();
		assertThat(get(officer, "/risks")).bodyText()
			.contains("Confirm the " + proposed + " proposed risks in one step");

		MvcTestResult missing = post(officer, "/risks/confirm-proposed");
		assertThat(missing).hasStatusOk().hasViewName("assessment/risks");
		assertThat(fieldError(missing, "confirm", "ownerId")).isEqualTo("Choose who sees these risks through.");
		assertThat(fieldError(missing, "confirm", "dueDate")).isEqualTo("Choose a due date.");
		MvcTestResult european = post(officer, "/risks/confirm-proposed", "ownerId", officer.userId().toString(),
				"dueDate", "31/12/2026");
		assertThat(european).hasStatusOk().hasViewName("assessment/risks");
		assertThat(european).bodyText()
			.contains("Enter a real date between 1900 and 2199")
			.doesNotContain("Failed to convert");

		assertThat(post(officer, "/risks/confirm-proposed", "ownerId", officer.userId().toString(), "dueDate",
				"2026-12-31"))
			.hasRedirectedUrl("/risks")
			.flash()
			.containsEntry("message", proposed + " risks were confirmed with the suggested rating and treatment. "
					+ "Refine the ones that matter most.");
		assertThat(this.risks.unaudited(officer.practiceId(), RiskFilter.none()).risks()).allSatisfy((r) -> {
			assertThat(r.status()).isEqualTo(RiskStatus.OPEN);
			assertThat(r.treatment()).isEqualTo(Treatment.MITIGATE);
			assertThat(r.ownerId()).isEqualTo(officer.userId());
			assertThat(r.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
		});
	}

	@Test
	void theReportAndTheRegisterPagesOpenAndReadsAreAudited() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.signedOff(this.assessments, officer).id();
		MvcTestResult pdf = get(officer, "/assessments/" + id + "/report.pdf");
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(get(officer, "/risks")).hasStatusOk().hasViewName("assessment/risks");
		assertThat(get(officer, "/treatment-plan")).hasStatusOk()
			.hasViewName("assessment/treatment-plan")
			.bodyText()
			.as("remedied by signing off this analysis")
			.doesNotContain("Risk analysis incomplete or out of date");
		assertThat(get(officer, "/assessments/" + id + "/compare")).hasStatusOk();
		assertThat(get(officer, "/assessments")).hasStatusOk().bodyText().contains("Start an assessment");
		assertThat(get(officer, "/")).hasStatusOk().bodyText().contains("Risk assessment").contains("Signed off");
		assertThat(auditActions(officer.practiceId())).contains("assessment.created", "assessment.answered",
				"assessment.submitted", "assessment.signed-off", "assessment.report-downloaded",
				"risk-register.viewed");
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

	/** The message next to a field, exactly as the page shows it. */
	static String fieldError(MvcTestResult result, String form, String field) {
		FieldError error = bindingResult(result, form).getFieldError(field);
		assertThat(error).as("an error on " + field).isNotNull();
		return error.getDefaultMessage();
	}

	/** The message above a form (not about one field). */
	static String globalError(MvcTestResult result, String form) {
		ObjectError error = bindingResult(result, form).getGlobalError();
		assertThat(error).as("an error above the form").isNotNull();
		return error.getDefaultMessage();
	}

	private static BindingResult bindingResult(MvcTestResult result, String form) {
		Object errors = result.getMvcResult().getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form);
		assertThat(errors).as("the form " + form + " in the model").isInstanceOf(BindingResult.class);
		return (BindingResult) errors;
	}

	private List<String> auditActions(UUID practiceId) {
		return this.jdbc.sql("select action from audit_entry where practice_id = :p")
			.param("p", practiceId)
			.query(String.class)
			.list();
	}

}
