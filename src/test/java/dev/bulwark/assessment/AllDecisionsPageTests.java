package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.assessment.AssessmentPagesTests.fieldError;
import static dev.bulwark.assessment.AssessmentPagesTests.globalError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every addressable decision on one page ({@code /assessments/{id}/decisions}): one row
 * per specification, "implemented" proposed where every related answer is yes, one "Save
 * decisions" that records the rows that changed in one transaction, each problem next to
 * its row's field with nothing saved, and the usual refusals (roles, CSRF, another
 * practice, a signed-off assessment).
 */
@BulwarkIntegrationTest
class AllDecisionsPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	private TestMember officer;

	private UUID id;

	private List<DecisionView> decisions;

	@BeforeEach
	void anAssessment() {
		this.officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.id = AssessmentFixtures.start(this.assessments, this.officer).id();
		this.decisions = details().decisions();
	}

	@Test
	void everySpecificationHasARowAndImplementedIsProposedWhereEveryRelatedAnswerIsYes() {
		DecisionView allYes = withQuestions(0);
		DecisionView oneNo = withQuestions(1);
		allYes.questionKeys()
			.forEach((key) -> AssessmentFixtures.answer(this.assessments, this.officer, this.id, key, AnswerValue.YES));
		oneNo.questionKeys()
			.forEach((key) -> AssessmentFixtures.answer(this.assessments, this.officer, this.id, key, AnswerValue.YES));
		AssessmentFixtures.answer(this.assessments, this.officer, this.id, oneNo.questionKeys().get(0), AnswerValue.NO);

		MvcTestResult page = get(this.officer, "/assessments/" + this.id + "/decisions");
		assertThat(page).hasStatusOk().hasViewName("assessment/decisions").model().containsKeys("form", "tasks");
		DecisionsForm form = (DecisionsForm) page.getMvcResult().getModelAndView().getModel().get("form");
		assertThat(form.rows()).hasSize(this.decisions.size()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(row(form, allYes).outcome()).isEqualTo(DecisionOutcome.IMPLEMENTED);
		assertThat(row(form, oneNo).outcome()).isNull();
		String html = body(page);
		assertThat(html).contains("Save decisions")
			.contains("id=\"rows-" + index(allYes) + "-outcome-IMPLEMENTED\"")
			.contains("data-show-for=\"NOT_REASONABLE\"")
			.contains("Your related answers are all yes.");
		assertThat(checked(html, index(allYes), "IMPLEMENTED")).isTrue();
		assertThat(checked(html, index(oneNo), "IMPLEMENTED")).isFalse();
		// Proposed is not recorded: nothing is decided until the page is saved.
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());
	}

	@Test
	void oneSaveRecordsTheRowsThatChangedAndOnlyThose() {
		List<String> pairs = allRows();
		set(pairs, 0, "outcome", "IMPLEMENTED");
		set(pairs, 1, "outcome", "ALTERNATIVE");
		set(pairs, 1, "alternative", "Screens lock after 5 minutes through the operating system.");
		set(pairs, 2, "outcome", "NOT_REASONABLE");
		set(pairs, 2, "reason", "One workstation, always in sight of the front desk.");
		// Text of a box the choice does not use is not kept.
		set(pairs, 0, "reason", "left over from another choice");

		assertThat(post(this.officer, pairs)).hasRedirectedUrl("/assessments/" + this.id + "/decisions")
			.flash()
			.containsEntry("message", "3 decisions saved.");
		AssessmentDetails saved = details();
		assertThat(saved.openDecisions()).isEqualTo(this.decisions.size() - 3);
		assertThat(saved.decisions().get(0).outcome()).isEqualTo(DecisionOutcome.IMPLEMENTED);
		assertThat(saved.decisions().get(0).reason()).isNull();
		assertThat(saved.decisions().get(1).alternative())
			.isEqualTo("Screens lock after 5 minutes through the operating system.");
		assertThat(saved.decisions().get(2).reason()).isEqualTo("One workstation, always in sight of the front desk.");

		// The same page saved again changes nothing, and says so.
		assertThat(post(this.officer, pairs)).flash()
			.containsEntry("message", "Nothing had changed, so no decision was saved.");
		assertThat(details().decisions().get(0).decidedAt()).isEqualTo(saved.decisions().get(0).decidedAt());

		set(pairs, 0, "outcome", "NOT_REASONABLE");
		set(pairs, 0, "reason", "Now it is.");
		assertThat(post(this.officer, pairs)).flash().containsEntry("message", "1 decision saved.");
		assertThat(details().decisions().get(0).outcome()).isEqualTo(DecisionOutcome.NOT_REASONABLE);
	}

	@Test
	void oneWrongRowSavesNothingAndEachProblemIsNextToItsRow() throws Exception {
		List<String> pairs = allRows();
		set(pairs, 0, "outcome", "IMPLEMENTED");
		set(pairs, 1, "outcome", "NOT_REASONABLE");
		set(pairs, 1, "alternativeImplemented", "true");
		set(pairs, 2, "outcome", "ALTERNATIVE");
		set(pairs, 3, "outcome", "PLANNED");

		MvcTestResult refused = post(this.officer, pairs);
		assertThat(refused).hasStatusOk().hasViewName("assessment/decisions");
		assertThat(fieldError(refused, "form", "rows[1].reason"))
			.isEqualTo("Explain why this is not reasonable and appropriate for your practice.");
		assertThat(fieldError(refused, "form", "rows[1].alternative"))
			.isEqualTo("Describe the alternative you use instead.");
		assertThat(fieldError(refused, "form", "rows[2].alternative"))
			.isEqualTo("Describe the alternative you use instead and why it is equivalent.");
		assertThat(fieldError(refused, "form", "rows[3].plannedTaskId"))
			.isEqualTo("Choose the treatment-plan task that puts it in place.");
		String html = body(refused);
		assertThat(html).contains("Nothing was saved: check the decisions marked below.")
			.contains("id=\"rows-1-reason-error\"")
			.contains("id=\"rows-2-alternative-error\"")
			.contains("id=\"rows-3-plannedTaskId-error\"");
		// What was chosen comes back as chosen.
		assertThat(checked(html, 0, "IMPLEMENTED")).isTrue();
		assertThat(checked(html, 3, "PLANNED")).isTrue();
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());

		List<String> tooLong = allRows();
		set(tooLong, 4, "outcome", "NOT_REASONABLE");
		set(tooLong, 4, "reason", "x".repeat(4001));
		MvcTestResult tooLongReason = post(this.officer, tooLong);
		assertThat(tooLongReason).hasStatusOk();
		assertThat(fieldError(tooLongReason, "form", "rows[4].reason"))
			.isEqualTo("Keep the reason under 4,000 characters.");
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());
	}

	@Test
	void aPlannedRowNeedsATaskOfThisPractice() {
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID otherId = AssessmentFixtures.start(this.assessments, other).id();
		AssessmentFixtures.answer(this.assessments, other, otherId, "BAS-03", AnswerValue.NO);
		String foreignTask = this.assessments.taskChoices(other.practiceId(), otherId).get(0).value();
		AssessmentFixtures.answer(this.assessments, this.officer, this.id, "BAS-03", AnswerValue.NO);
		String ownTask = this.assessments.taskChoices(this.officer.practiceId(), this.id).get(0).value();

		List<String> pairs = allRows();
		set(pairs, 0, "outcome", "PLANNED");
		set(pairs, 0, "plannedTaskId", foreignTask);
		MvcTestResult refused = post(this.officer, pairs);
		assertThat(refused).hasStatusOk();
		assertThat(fieldError(refused, "form", "rows[0].plannedTaskId"))
			.isEqualTo("Choose the treatment-plan task that puts it in place.");
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());

		set(pairs, 0, "plannedTaskId", ownTask);
		assertThat(post(this.officer, pairs)).flash().containsEntry("message", "1 decision saved.");
		assertThat(details().decisions().get(0).plannedTaskId()).hasToString(ownTask);
	}

	@Test
	void editedAddressesAndValuesAreRefusedInPlainWords() {
		List<String> pairs = allRows();
		set(pairs, 0, "outcome", "IMPLEMENTED");
		set(pairs, 1, "citation", "164.308(a)(1)(i)");
		set(pairs, 1, "outcome", "IMPLEMENTED");
		MvcTestResult notAddressable = post(this.officer, pairs);
		assertThat(notAddressable).hasStatusOk();
		assertThat(fieldError(notAddressable, "form", "rows[1].outcome"))
			.startsWith("This row is not one of the assessment's addressable specifications");
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());

		assertThat(get(this.officer, "/assessments/" + UUID.randomUUID() + "/decisions"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aChoiceThatIsNoneOfThePagesSavesNothingAndSaysSo() {
		MvcTestResult unknownChoice = this.mvc.post()
			.uri("/assessments/" + this.id + "/decisions/all")
			.with(csrf())
			.with(this.officer.signedIn())
			.param("rows[0].citation", this.decisions.get(0).citation())
			.param("rows[0].outcome", "MAYBE")
			.exchange();
		assertThat(unknownChoice).hasStatusOk().hasViewName("assessment/decisions");
		assertThat(body(unknownChoice)).contains("Nothing was saved: a choice could not be read.")
			.doesNotContain("DecisionOutcome")
			.doesNotContain("Failed to convert");
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());
	}

	@Test
	void onlyTheSecurityOfficerDecidesOthersSeeTheTable() {
		TestMember auditor = this.members.colleague(this.officer, Role.AUDITOR);
		TestMember staff = this.members.colleague(this.officer, Role.STAFF);
		MvcTestResult read = get(auditor, "/assessments/" + this.id + "/decisions");
		assertThat(read).hasStatusOk();
		assertThat(body(read)).doesNotContain("Save decisions").contains(this.decisions.get(0).title());

		List<String> pairs = allRows();
		set(pairs, 0, "outcome", "IMPLEMENTED");
		assertThat(post(auditor, pairs)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(staff, pairs)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(staff, "/assessments/" + this.id + "/decisions")).hasStatus(HttpStatus.FORBIDDEN);

		var withoutCsrf = this.mvc.post()
			.uri("/assessments/" + this.id + "/decisions/all")
			.with(this.officer.signedIn());
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			withoutCsrf = withoutCsrf.param(pairs.get(i), pairs.get(i + 1));
		}
		// Refused (the 403 page, or sent back to a page that can be trusted): never
		// saved.
		assertThat(withoutCsrf.exchange().getResponse().getStatus()).isIn(302, 403);

		TestMember stranger = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(post(stranger, pairs)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(details().openDecisions()).isEqualTo(this.decisions.size());
	}

	@Test
	void theDecisionPagesSpeakPlainlyAndShowTheCitationsInTheAuditorView() {
		TestMember reader = this.members.colleague(this.officer, Role.AUDITOR);
		DecisionView decision = withQuestions(0);
		String all = "/assessments/" + this.id + "/decisions";
		String one = all + "/edit?citation=" + decision.citation();
		for (TestMember member : List.of(this.officer, reader)) {
			PlainWordsPages.assertPlain(body(get(member, all)));
		}
		String page = body(get(this.officer, one));
		PlainWordsPages.assertPlain(page);
		assertThat(PlainWordsPages.readerText(page)).contains(decision.title());

		for (TestMember member : List.of(this.officer, reader)) {
			this.members.showAuditorDetails(member);
			String shown = body(get(member, all));
			PlainWordsPages.assertCites(shown, decision.citation());
			assertThat(PlainWordsPages.readerText(shown)).contains("Addressable specifications");
		}
		PlainWordsPages.assertCites(body(get(this.officer, one)), decision.citation());
	}

	@Test
	void aSignedOffAssessmentIsFrozen() {
		TestMember signer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID signed = AssessmentFixtures.signedOff(this.assessments, signer).id();
		int open = this.assessments.details(signer.practiceId(), signed).openDecisions();
		MvcTestResult page = get(signer, "/assessments/" + signed + "/decisions");
		assertThat(page).hasStatusOk();
		assertThat(body(page)).doesNotContain("Save decisions");

		MvcTestResult refused = this.mvc.post()
			.uri("/assessments/" + signed + "/decisions/all")
			.with(csrf())
			.with(signer.signedIn())
			.param("rows[0].citation", this.decisions.get(0).citation())
			.param("rows[0].outcome", "IMPLEMENTED")
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(globalError(refused, "form")).isNotBlank();
		assertThat(body(refused)).contains(globalError(refused, "form"));
		assertThat(this.assessments.details(signer.practiceId(), signed).openDecisions()).isEqualTo(open);
	}

	// ------------------------------------------------------------------ helpers

	private AssessmentDetails details() {
		return this.assessments.details(this.officer.practiceId(), this.id);
	}

	/** The n-th specification that has related questions. */
	private DecisionView withQuestions(int n) {
		return this.decisions.stream().filter((d) -> !d.questionKeys().isEmpty()).skip(n).findFirst().orElseThrow();
	}

	private int index(DecisionView decision) {
		return this.decisions.indexOf(decision);
	}

	private static DecisionsForm.Row row(DecisionsForm form, DecisionView decision) {
		return form.rows().stream().filter((r) -> decision.citation().equals(r.citation())).findFirst().orElseThrow();
	}

	private static boolean checked(String html, int row, String outcome) {
		String id = "id=\"rows-" + row + "-outcome-" + outcome + "\"";
		int at = html.indexOf(id);
		assertThat(at).as(id).isPositive();
		int start = html.lastIndexOf('<', at);
		return html.substring(start, html.indexOf('>', at)).contains("checked");
	}

	/** What the page posts with nothing chosen: every row's citation. */
	private List<String> allRows() {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < this.decisions.size(); i++) {
			pairs.add("rows[" + i + "].citation");
			pairs.add(this.decisions.get(i).citation());
		}
		return pairs;
	}

	private static void set(List<String> pairs, int row, String field, String value) {
		String name = "rows[" + row + "]." + field;
		int at = pairs.indexOf(name);
		if (at >= 0 && at % 2 == 0) {
			pairs.set(at + 1, value);
		}
		else {
			pairs.add(name);
			pairs.add(value);
		}
	}

	private MvcTestResult get(TestMember member, String uri) {
		return this.mvc.get().uri(uri).with(member.signedIn()).exchange();
	}

	private MvcTestResult post(TestMember member, List<String> pairs) {
		var request = this.mvc.post()
			.uri("/assessments/" + this.id + "/decisions/all")
			.with(csrf())
			.with(member.signedIn());
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			request = request.param(pairs.get(i), pairs.get(i + 1));
		}
		return request.exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
