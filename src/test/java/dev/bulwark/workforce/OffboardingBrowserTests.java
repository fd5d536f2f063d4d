package dev.bulwark.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The departure journey in real Chromium: a practice in NPRM-ready mode records that a
 * person left; the offboarding checklist shows every step with the proposed rule's
 * deadline, labelled PROPOSED; marking a step done records who did it.
 */
@SharedBrowserContext
class OffboardingBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	StaffService staff;

	@Autowired
	AccountService accounts;

	@Autowired
	Practices practices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void recordingADepartureShowsTheChecklistWithItsProposedDeadlineAndMarkingAStepRecordsWho() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.jdbc.sql("update practice set nprm_mode = true where id = :id").param("id", officer.practiceId()).update();
		Actor actor = WorkforceFixtures.actor(officer);
		UUID ehr = WorkforceFixtures.system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		this.accounts.add(actor, ana.id(), WorkforceFixtures.account(ehr, "alopez", true));
		ZoneId zone = this.practices.zone(officer.practiceId());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
		signIn(officer);

		open("/staff/" + ana.id());
		press("Record departure");
		waitForText("Recording a departure starts a checklist");
		setValue("endedOn", today.toString());
		setValue("endedAt", "00:15");
		press("Record departure");
		waitForText("The departure of \"Ana Lopez\" was recorded; its offboarding checklist has 4 steps.");

		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		var ended = today.atTime(LocalTime.of(0, 15)).atZone(zone);
		String text = pageText();
		assertThat(text).contains("Disable the account \"alopez\" on Cloud EHR")
			.contains("Collect devices, keys and badges")
			.contains("Revoke building access")
			.contains("Tell other organizations")
			.contains("PROPOSED")
			.contains("Due " + ended.plusHours(1).format(format))
			.contains("Due " + ended.plusHours(24).format(format))
			.contains("proposed rule, not yet law")
			.contains("4 of 4 steps still open");

		this.browser.findElement(By.cssSelector("tr[data-step='DISABLE_ACCOUNT'] button")).click();
		waitForText("Done: Disable the account \"alopez\" on Cloud EHR.");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-step='DISABLE_ACCOUNT']")).getText())
			.contains("Done by " + actor.displayName());
		assertThat(pageText()).contains("3 of 4 steps still open");

		// Disabling the account's step disabled the account.
		open("/staff/" + ana.id());
		assertThat(pageText()).contains("Disabled on");
	}

	private void setValue(String id, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1];", field(id), value);
	}

	private void signIn(TestMember member) {
		open("/login");
		type("username", member.email());
		type("password", member.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", member.currentCode());
		press("Sign in");
		waitForText(member.practiceName());
	}

}
