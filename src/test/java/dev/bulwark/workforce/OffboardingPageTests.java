package dev.bulwark.workforce;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
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
 * Recording a departure, the checklist with its deadlines, marking steps done, and the
 * API.
 */
@BulwarkIntegrationTest
class OffboardingPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	StaffService staff;

	@Autowired
	AccountService accounts;

	@Autowired
	OffboardingService offboarding;

	@Autowired
	Workforce workforce;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void recordingADepartureInNprmReadyModeShowsTheProposedOneHourDeadline() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.jdbc.sql("update practice set nprm_mode = true where id = :id").param("id", officer.practiceId()).update();
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, person("Ana Lopez", WorkforceType.EMPLOYEE));
		this.accounts.add(actor, ana.id(), account(ehr, "alopez", true));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		MvcTestResult result = this.mvc.post()
			.uri("/staff/" + ana.id() + "/departure")
			.param("endedOn", today.toString())
			.param("endedAt", "00:30")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/" + ana.id() + "/offboarding")
			.flash()
			.containsEntry("message",
					"The departure of \"Ana Lopez\" was recorded; its offboarding checklist has 4 steps.");
		assertThat(this.mvc.get().uri("/staff/" + ana.id() + "/offboarding").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/offboarding")
			.bodyText()
			.contains("Disable the account &quot;alopez&quot; on Cloud EHR")
			.contains("PROPOSED: within 1 hour of the end of employment (proposed rule, not yet law)")
			.contains("PROPOSED: within 24 hours of the end of employment")
			.contains("Due " + today + " 01:30");
		List<ChecklistStep> steps = this.offboarding.checklist(officer.practiceId(), ana.id());
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/offboarding/steps/" + steps.get(0).id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "Done: Disable the account \"alopez\" on Cloud EHR.");
		assertThat(this.workforce.accounts(officer.practiceId(), ana.id())).singleElement()
			.satisfies((a) -> assertThat(a.enabled()).isFalse());
		assertThat(this.offboarding.checklist(officer.practiceId(), ana.id()).get(0).doneByName())
			.isEqualTo(actor.displayName());
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/offboarding/steps/" + steps.get(0).id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theWorkforcePagesSpeakPlainlyAndShowTheCitationsInTheAuditorView() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		StaffMember ben = this.staff.add(actor(officer), person("Ben Okafor", WorkforceType.EMPLOYEE));
		this.accounts.add(actor(officer), ana.id(), account(ehr, "frontdesk", true));
		this.accounts.add(actor(officer), ben.id(), account(ehr, "frontdesk", true));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		this.offboarding.recordDeparture(actor(officer), ben.id(),
				// Yesterday: a departure later today would not yet count as "has left"
				// when the
				// suite runs in the small hours.
				new DepartureForm(today.minusDays(1), java.time.LocalTime.of(9, 0)));
		java.util.List<String> pages = java.util.List.of("/staff", "/staff/new", "/staff/" + ana.id(),
				"/staff/" + ana.id() + "/edit", "/staff/" + ben.id(), "/staff/findings",
				"/staff/" + ben.id() + "/offboarding", "/access-reviews", "/sanctions", "/sanctions/new");
		for (String page : pages) {
			PlainWordsPages.assertPlain(html(officer, page));
		}
		assertThat(PlainWordsPages.readerText(html(officer, "/staff/findings")))
			.contains("Account of someone who has left is still enabled");

		this.members.showAuditorDetails(officer);
		PlainWordsPages.assertCites(html(officer, "/staff/findings"), "164.308(a)(3)(ii)(C)");
		PlainWordsPages.assertCites(html(officer, "/staff/" + ben.id()), "164.308(a)(3)(ii)(C)");
		PlainWordsPages.assertCites(html(officer, "/staff/new"), "164.308(a)(3)(ii)(B), addressable");
		PlainWordsPages.assertCites(html(officer, "/staff/" + ben.id() + "/offboarding"), "164.308(a)(3)(ii)(C)");
		PlainWordsPages.assertCites(html(officer, "/access-reviews"), "164.308(a)(4)(ii)(C)");
		PlainWordsPages.assertCites(html(officer, "/sanctions"), "164.308(a)(1)(ii)(C)");
	}

	private String html(TestMember member, String page) throws Exception {
		MvcTestResult result = this.mvc.get().uri(page).with(member.signedIn()).exchange();
		assertThat(result).as(page).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void outsideNprmReadyModeNoHourClockIsShown() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.VOLUNTEER));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		this.offboarding.recordDeparture(actor(officer), ana.id(),
				new DepartureForm(today, java.time.LocalTime.of(9, 0)));
		assertThat(this.mvc.get().uri("/staff/" + ana.id() + "/offboarding").with(officer.signedIn())).bodyText()
			.contains("RECOMMENDED: by the last day of work (the rule in force sets no time limit)")
			.doesNotContain("PROPOSED: within");
	}

	@Test
	void aDepartureNeedsItsDayAndTimeAndIsRecordedOnce() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		MvcTestResult empty = this.mvc.post()
			.uri("/staff/" + ana.id() + "/departure")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(empty).hasStatusOk().hasViewName("workforce/offboarding");
		assertThat(fieldErrors(empty, "form")).containsEntry("endedOn", "Enter the last day of work.")
			.containsEntry("endedAt", "Enter the time employment ended.");
		String token = "Bearer " + this.members.apiToken(officer);
		String json = "{\"endedOn\": \"2025-06-10\", \"endedAt\": \"17:30\"}";
		assertThat(this.mvc.post()
			.uri("/api/v1/staff/" + ana.id() + "/offboarding")
			.header("Authorization", token)
			.contentType("application/json")
			.content(json)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$[2].kind")
			.isEqualTo("NOTIFY_OTHERS");
		assertThat(this.mvc.post()
			.uri("/api/v1/staff/" + ana.id() + "/offboarding")
			.header("Authorization", token)
			.contentType("application/json")
			.content(json)).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.get().uri("/api/v1/staff/" + ana.id() + "/offboarding").header("Authorization", token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].deadline")
			.asString()
			.startsWith("RECOMMENDED");
	}

}
