package dev.bulwark.workforce;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.workforce.WorkforceFixtures.account;
import static dev.bulwark.workforce.WorkforceFixtures.actor;
import static dev.bulwark.workforce.WorkforceFixtures.fieldErrors;
import static dev.bulwark.workforce.WorkforceFixtures.person;
import static dev.bulwark.workforce.WorkforceFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Onboarding on the person's page, access reviews, sanction records, their API, who may
 * do what, and the workforce section of the audit binder.
 */
@BulwarkIntegrationTest
class WorkforceRecordsPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	StaffService staff;

	@Autowired
	AccountService accounts;

	@Autowired
	OnboardingService onboarding;

	@Autowired
	AccessReviewService reviews;

	@Autowired
	SanctionService sanctions;

	@Autowired
	List<BinderSection> binderSections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

	@Test
	void thePersonsPageShowsTheOnboardingChecklistAndMarkingAStepRecordsWho() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		OnboardingStep training = this.onboarding.checklist(officer.practiceId(), ana.id()).get(1);
		assertThat(this.mvc.get().uri("/staff/" + ana.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/person")
			.bodyText()
			.contains("Onboarding")
			.contains("least privilege")
			.contains("No account recorded yet.");
		MvcTestResult done = this.mvc.post()
			.uri("/staff/" + ana.id() + "/onboarding/steps/" + training.id())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(done).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/" + ana.id())
			.flash()
			.containsEntry("message", "Onboarding step done: Assign security awareness training.");
		assertThat(this.mvc.get().uri("/staff/" + ana.id()).with(officer.signedIn())).bodyText()
			.contains("Done by " + actor(officer).displayName());
		// Done twice: the state forbids it.
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/onboarding/steps/" + training.id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.CONFLICT);
		// An onboarding step is not an offboarding step.
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/offboarding/steps/" + training.id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAccessReviewIsDecidedLineByLineAndSignedOffOnlyByTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, person("Ana Lopez", WorkforceType.EMPLOYEE));
		this.accounts.add(actor, ana.id(), account(ehr, "alopez", true));

		MvcTestResult started = this.mvc.post()
			.uri("/access-reviews")
			.with(csrf())
			.with(technician.signedIn())
			.exchange();
		assertThat(started).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "Access review started: 1 account to review.");
		UUID reviewId = this.reviews.reviews(officer.practiceId(), 0).get(0).id();
		AccessReviewLine line = this.reviews.lines(officer.practiceId(), reviewId).get(0);
		assertThat(this.mvc.get().uri("/access-reviews/" + reviewId).with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/access-review")
			.bodyText()
			.contains("alopez")
			.contains("Cloud EHR")
			.contains("To review");

		// A change without a note: the message next to the field.
		MvcTestResult noNote = this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/lines/" + line.id())
			.param("decision", "CHANGE")
			.with(csrf())
			.with(technician.signedIn())
			.exchange();
		assertThat(noNote).hasStatusOk().hasViewName("workforce/access-review-line");
		assertThat(fieldErrors(noNote, "form"))
			.containsExactly(Map.entry("note", "Say what to change about this access."));
		assertThat(noNote).bodyText().contains("Say what to change about this access.");

		// Signing off before every line is decided: the message above the form.
		MvcTestResult early = this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/sign-off")
			.param("confirmed", "true")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(early).hasStatusOk()
			.bodyText()
			.contains("1 account is still to review: decide every line before signing off.");

		assertThat(this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/lines/" + line.id())
			.param("decision", "KEEP")
			.with(csrf())
			.with(technician.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "\"alopez\" on Cloud EHR: Keep: the job still needs this access.");

		// The technician prepares the review but cannot sign it off.
		assertThat(this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/sign-off")
			.param("confirmed", "true")
			.with(csrf())
			.with(technician.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult unconfirmed = this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/sign-off")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(unconfirmed, "signOff"))
			.containsExactly(Map.entry("confirmed", "Tick the box to confirm you reviewed every line."));
		LocalDate next = today().plusMonths(12);
		assertThat(this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/sign-off")
			.param("confirmed", "true")
			.param("conclusion", "Every access still needed.")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The access review was signed off. Next review recommended by " + next + ".");
		assertThat(this.mvc.get().uri("/access-reviews").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/access-reviews")
			.bodyText()
			.contains("<span>" + next + "</span> <span class=\"badge\">RECOMMENDED</span>")
			.contains("Bulwark&#39;s recommendation");
		// Kept unchanged once signed off.
		assertThat(this.mvc.post()
			.uri("/access-reviews/" + reviewId + "/lines/" + line.id())
			.param("decision", "REMOVE")
			.with(csrf())
			.with(technician.signedIn())).hasStatusOk().bodyText().contains("is kept unchanged");
	}

	@Test
	void accessReviewsByApi() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, person("Ana Lopez", WorkforceType.EMPLOYEE));
		this.accounts.add(actor, ana.id(), account(ehr, "alopez", false));
		MvcTestResult started = api("POST", token, "/api/v1/access-reviews", "");
		assertThat(started).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.lines[0].username")
			.isEqualTo("alopez");
		String body = started.getResponse().getContentAsString();
		String reviewId = JsonPath.read(body, "$.review.id");
		String lineId = JsonPath.read(body, "$.lines[0].id");
		assertThat(api("POST", token, "/api/v1/access-reviews", "")).hasStatus(HttpStatus.CONFLICT);
		assertThat(api("PUT", token, "/api/v1/access-reviews/" + reviewId + "/lines/" + lineId, "{}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.decision")
			.isEqualTo("Choose what to do about this access.");
		assertThat(api("PUT", token, "/api/v1/access-reviews/" + reviewId + "/lines/" + lineId,
				"{\"decision\": \"CHANGE\", \"note\": \"Turn on multi-factor sign-in\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.reviewedByName")
			.isEqualTo(actor.displayName());
		assertThat(api("POST", token, "/api/v1/access-reviews/" + reviewId + "/sign-off", "{\"confirmed\": true}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextDueOn")
			.isEqualTo(today().plusMonths(12).toString());
		assertThat(this.mvc.get().uri("/api/v1/access-reviews").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.headers()
			.hasValue("X-Total-Count", "1");
		assertThat(this.mvc.get()
			.uri("/api/v1/staff/" + ana.id() + "/onboarding")
			.header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].state")
			.isEqualTo("1 account recorded, all with standard rights; 1 without multi-factor sign-in.");
	}

	@Test
	void sanctionRecordsAreSeenOnlyByTheSecurityOfficer() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));

		MvcTestResult empty = this.mvc.post().uri("/sanctions").with(csrf()).with(officer.signedIn()).exchange();
		assertThat(empty).hasStatusOk().hasViewName("workforce/sanction-form");
		assertThat(fieldErrors(empty, "form")).containsEntry("personId", "Choose the person.")
			.containsEntry("occurredOn", "Enter the date it happened.")
			.containsEntry("policyViolated", "Name the policy that was broken.")
			.containsEntry("whatHappened", "Say what happened.")
			.containsEntry("sanction", "Say what sanction was applied.");

		MvcTestResult future = this.mvc.post()
			.uri("/sanctions")
			.param("personId", ana.id().toString())
			.param("occurredOn", today().plusDays(1).toString())
			.param("policyViolated", "Password management")
			.param("whatHappened", "Shared a password")
			.param("sanction", "Written warning")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(future, "form"))
			.containsExactly(Map.entry("occurredOn", "The date cannot be in the future."));

		MvcTestResult saved = this.mvc.post()
			.uri("/sanctions")
			.param("personId", ana.id().toString())
			.param("occurredOn", today().toString())
			.param("policyViolated", "Password management")
			.param("whatHappened", "Shared a password")
			.param("sanction", "Written warning")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The sanction record for \"Ana Lopez\" was saved.");
		assertThat(this.mvc.get().uri("/sanctions").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/sanctions")
			.bodyText()
			.contains("Ana Lopez")
			.contains("Written warning");
		for (TestMember other : List.of(auditor, technician)) {
			assertThat(this.mvc.get().uri("/sanctions").with(other.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get()
				.uri("/api/v1/sanctions")
				.header("Authorization", "Bearer " + this.members.apiToken(other))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get()
			.uri("/api/v1/sanctions")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].policyViolated")
			.isEqualTo("Password management");
		// The audit trail names nobody.
		assertThat(
				this.jdbc.sql("select summary from audit_entry where practice_id = :p and action = 'sanction.recorded'")
					.param("p", officer.practiceId())
					.query(String.class)
					.single())
			.isEqualTo("Sanction record added");
	}

	@Test
	void theBinderSectionHoldsTheRegistersAndLeavesSanctionsOutOfAnAuditorsExport() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, person("=Ana Lopez", WorkforceType.EMPLOYEE));
		this.accounts.add(actor, ana.id(), account(ehr, "alopez", true));
		this.sanctions.record(actor,
				new SanctionForm(ana.id(), today(), "Password management", "Shared a password", "Written warning"));
		BinderSection section = this.binderSections.stream()
			.filter((s) -> s.folder().equals("04-workforce"))
			.findFirst()
			.orElseThrow();
		List<BinderSection.Document> documents = section.documents(officer.practiceId(), actor);
		assertThat(documents).extracting(BinderSection.Document::fileName)
			.containsExactly("staff.csv", "accounts.csv", "onboarding.csv", "offboarding.csv", "access-reviews.csv",
					"sanctions.csv");
		String roster = new String(documents.get(0).content(), StandardCharsets.UTF_8);
		// Guarded against formula injection.
		assertThat(roster).contains("'=Ana Lopez");
		assertThat(new String(documents.get(1).content(), StandardCharsets.UTF_8)).contains("alopez");
		assertThat(section.documents(officer.practiceId(), actor(auditor))).extracting(BinderSection.Document::fileName)
			.doesNotContain("sanctions.csv");
	}

	private MvcTestResult api(String method, String token, String uri, String json) {
		var request = "PUT".equals(method) ? this.mvc.put() : this.mvc.post();
		return request.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
