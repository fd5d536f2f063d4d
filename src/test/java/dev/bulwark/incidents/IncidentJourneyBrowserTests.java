package dev.bulwark.incidents;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 13 in real Chromium: a staff member reports a lost laptop; the
 * security officer finds it was encrypted and records "not a breach" with the reasons;
 * another incident (records of 12 patients sent to the wrong addresses) is assessed as a
 * breach and shows its deadlines and a draft notice letter.
 */
@SharedBrowserContext
class IncidentJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	Incidents incidents;

	@Test
	void aLostEncryptedLaptopIsNoBreachButTwelveMisdirectedRecordsAre() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		Actor officerActor = IncidentFixtures.actor(officer);
		LocalDate today = this.incidents.today(officerActor);
		LocalDate discovered = today.minusDays(3);

		signIn(staff);
		open("/incidents/report");
		waitForText("Report an incident");
		type("what", "Work laptop left on the train");
		date("happenedOn", discovered);
		press("Send report");
		waitForText("Thank you: your report was recorded");
		assertThat(pageText()).contains("Work laptop left on the train");
		press("Sign out");
		waitForPath("/login");

		signIn(officer);
		open("/incidents");
		waitForText("Work laptop left on the train");
		this.browser.findElement(By.linkText("Work laptop left on the train")).click();
		waitForText("Triage");
		new Select(field("triage-type")).selectByVisibleText("Lost or stolen device");
		field("triage-phiInvolved").click();
		press("Save triage");
		waitForText("The triage was saved.");
		press("Assess whether this is a breach");
		waitForText("Breach assessment");
		field("secured").click();
		type("securedReasoning", "BitLocker full-disk encryption with a PIN; the laptop was off; the recovery key "
				+ "is held by IT support only");
		press("Record the assessment");
		waitForText("Assessment recorded: Not a breach of unsecured PHI: the information was secured.");
		assertThat(field("assessment-conclusion").getText())
			.isEqualTo("Not a breach of unsecured PHI: the information was secured");

		UUID misdirected = IncidentFixtures.reported(this.incidents, staff,
				"Visit summaries of 12 patients mailed to the wrong addresses");
		open("/incidents/" + misdirected + "/assessment");
		waitForText("Breach assessment");
		type("factorNature", "Names, visit dates and diagnoses");
		press("Record the assessment");
		waitForText("Assessment recorded: Breach (presumed): notification required.");
		waitForText("Breach of unsecured PHI");
		date("discoveredOn", discovered);
		type("affected", "12");
		type("states", "CA: 12");
		type("phiTypes", "Names, visit dates and diagnoses");
		new Select(field("breachType")).selectByVisibleText("Unauthorized Access/Disclosure");
		new Select(field("location")).selectByVisibleText("Paper/Films");
		press("Save the breach");
		LocalDate individualsDue = discovered.plusDays(60);
		waitForText("The breach was saved: notify the individuals by " + individualsDue + ".");
		String deadlines = field("deadlines").getText();
		assertThat(deadlines).contains("Individuals " + individualsDue)
			.contains("HHS, in the " + discovered.getYear() + " log (fewer than 500) "
					+ BreachClock.yearLogDue(discovered.getYear()))
			.contains("Not required");
		assertThat(pageText()).contains("check the law of every state involved with counsel");
		press("Notice letter");
		waitForText("Notice letter to the individuals");
		assertThat(field("letter").getAttribute("value")).startsWith("Dear [name of the patient],")
			.contains("we discovered it on " + discovered)
			.contains("Names, visit dates and diagnoses")
			.contains("toll-free");
	}

	private void date(String id, LocalDate value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];", field(id),
				value.toString());
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
