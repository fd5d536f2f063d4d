package dev.bulwark.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.bulwark.FormErrors;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The training pages: views and models, each question's message when left unanswered,
 * failing then passing a quiz, the certificate, the matrix with assignment and its field
 * errors, who may see what, and edited addresses.
 */
@BulwarkIntegrationTest
class TrainingPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyPageRendersForTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Attempt passed = TrainingFixtures.pass(this.training, officer.actor(), "phishing");
		Map<String, String> views = new LinkedHashMap<>();
		views.put("/training", "training/mine");
		views.put("/training/modules/phishing", "training/module");
		views.put("/training/attempts/" + passed.id(), "training/attempt");
		views.put("/training/matrix", "training/matrix");
		views.forEach((page, view) -> assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page)
			.hasStatusOk()
			.hasViewName(view));
		assertThat(this.mvc.get().uri("/training/modules/phishing").with(officer.signedIn())).bodyText()
			.contains("Phishing and social engineering")
			.contains("164.308(a)(5)(ii)(B) (addressable)")
			.contains("The pass mark is 80% (5 correct)")
			.contains("name=\"answers[5]\"");
		assertThat(this.mvc.get().uri("/training/matrix").with(officer.signedIn())).bodyText()
			.contains("Passed " + passed.takenOn() + " (100%), next due " + passed.takenOn().plusYears(1))
			.contains("Not assigned")
			.contains("is Bulwark's recommendation");
		assertThat(this.mvc.get().uri("/training/attempts/" + passed.id() + "/certificate").with(officer.signedIn()))
			.hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(audit(officer, "training.certificate-downloaded")).isEqualTo(1);
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("My training");
	}

	@Test
	void anUnansweredQuestionIsAnErrorNextToItAndNothingIsRecorded() throws Exception {
		TestMember staff = this.members.newPractice(Role.STAFF);
		MvcTestResult result = this.mvc.post()
			.uri("/training/modules/incidents/attempts")
			.param("answers[0]", "1")
			.param("answers[1]", "1")
			.param("answers[2]", "9")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("training/module").model().containsKeys("module", "html");
		assertThat(fieldErrors(result)).containsOnly(Map.entry("answers[2]", "Choose one of the answers shown."),
				Map.entry("answers[3]", "Choose an answer to this question."),
				Map.entry("answers[4]", "Choose an answer to this question."),
				Map.entry("answers[5]", "Choose an answer to this question."));
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"answers-3-error\">Choose an answer to this question.")
			.contains("id=\"answers-0-1\" checked=\"checked\"");
		assertThat(this.training.attemptsOf(staff.practiceId(), staff.userId())).isEmpty();
	}

	@Test
	void aStaffMemberFailsThenPassesAndGetsARecordAndTheNextYearlyAssignment() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		TrainingModule module = this.training.module("passwords-mfa");
		MvcTestResult failed = this.mvc
			.perform(answers(post("/training/modules/passwords-mfa/attempts"), module, 3).with(csrf())
				.with(staff.signedIn()));
		Attempt first = this.training.attemptsOf(staff.practiceId(), staff.userId()).get(0);
		assertThat(first.passed()).isFalse();
		assertThat(first.score()).isEqualTo(50);
		assertThat(failed).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/training/attempts/" + first.id())
			.flash()
			.containsEntry("message",
					"You scored 50%; the pass mark is 80%. Read the module again and retake the quiz.");
		assertThat(this.mvc.get().uri("/training/attempts/" + first.id()).with(staff.signedIn())).bodyText()
			.contains("Not passed yet")
			.contains("Read the module and retake the quiz")
			.doesNotContain(module.quiz().get(5).explanation());
		assertThat(this.mvc.get().uri("/training/attempts/" + first.id() + "/certificate").with(staff.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);

		MvcTestResult passed = this.mvc
			.perform(answers(post("/training/modules/passwords-mfa/attempts"), module, 6).with(csrf())
				.with(staff.signedIn()));
		Attempt second = this.training.attemptsOf(staff.practiceId(), staff.userId()).get(0);
		assertThat(passed).flash().containsEntry("message", "You passed \"" + module.title() + "\" with 100%.");
		assertThat(second.passed()).isTrue();
		assertThat(second.moduleVersion()).isEqualTo(module.version());
		assertThat(this.training.assignmentsOf(staff.practiceId(), staff.userId())).singleElement()
			.satisfies((next) -> {
				assertThat(next.moduleKey()).isEqualTo("passwords-mfa");
				assertThat(next.reason()).isEqualTo(Assignment.Reason.YEARLY);
				assertThat(next.dueOn()).isEqualTo(second.takenOn().plusYears(1));
			});
		assertThat(this.mvc.get().uri("/training").with(staff.signedIn())).bodyText()
			.contains("Your completion records")
			.contains("You have no training to take right now.")
			.contains(second.takenOn().plusYears(1).toString());
		assertThat(audit(staff, "training.quiz-taken")).isEqualTo(2);
	}

	@Test
	void staffSeeOnlyTheirOwnAttemptsAndNotTheMatrix() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		Attempt officers = TrainingFixtures.pass(this.training, officer.actor(), "phishing");
		assertThat(this.mvc.get().uri("/training/attempts/" + officers.id()).with(staff.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/training/attempts/" + officers.id() + "/certificate").with(staff.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/training/matrix").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/training/assignments").with(csrf()).with(staff.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theOfficerAssignsTrainingAndBadInputIsShownNextToItsField() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember stranger = this.members.newPractice(Role.STAFF);
		LocalDate today = this.training.today(officer.actor());
		MvcTestResult bad = this.mvc.post()
			.uri("/training/assignments")
			.param("userId", stranger.userId().toString())
			.param("moduleKey", "no-such-module")
			.param("dueOn", today.minusDays(1).toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(bad).hasStatusOk().hasViewName("training/matrix").model().containsKeys("matrix", "people");
		assertThat(FormErrors.fieldErrors(bad, "assignment")).containsOnly(
				Map.entry("userId", "That person is not a member of this practice."),
				Map.entry("moduleKey", "That training module does not exist."),
				Map.entry("dueOn", "The due date cannot be in the past."));
		assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"userId-error\">That person is not a member of this practice.");

		MvcTestResult everyone = this.mvc.post()
			.uri("/training/assignments")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(everyone).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "12 assignments made.");
		assertThat(this.training.assignmentsOf(officer.practiceId(), staff.userId())).hasSize(6)
			.allSatisfy((a) -> assertThat(a.dueOn()).isEqualTo(today.plusDays(30)));
		MvcTestResult again = this.mvc.post()
			.uri("/training/assignments")
			.param("userId", staff.userId().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(again).flash()
			.containsEntry("message", "Nothing new to assign: everyone already has these modules open.");
		assertThat(this.mvc.get().uri("/training/matrix").with(officer.signedIn())).bodyText()
			.contains("Due " + today.plusDays(30));
		assertThat(audit(officer, "training.assigned")).isEqualTo(2);
	}

	@Test
	void editedAddressesAreNotFoundOrBadRequests() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.get().uri("/training/modules/no-such-module").with(staff.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/training/attempts/not-an-id").with(staff.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/training/modules/no-such-module/attempts")
			.param("answers[0]", "1")
			.with(csrf())
			.with(staff.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** Answers the quiz with the first {@code right} answers correct, the rest wrong. */
	static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, TrainingModule module,
			int right) {
		for (int i = 0; i < module.quiz().size(); i++) {
			int answer = module.quiz().get(i).answer();
			request.param("answers[" + i + "]", String.valueOf((i < right) ? answer : (answer + 1) % 3));
		}
		return request;
	}

	private static Map<String, String> fieldErrors(MvcTestResult result) {
		return FormErrors.fieldErrors(result, "quiz");
	}

	private long audit(TestMember member, String action) {
		return this.jdbc.sql("select count(*) from audit_entry where practice_id = :practice and action = :action")
			.param("practice", member.practiceId())
			.param("action", action)
			.query(Long.class)
			.single();
	}

}
