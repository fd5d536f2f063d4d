package dev.bulwark.contingency;

import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contingency journey in real Chromium: record a backup that fails the 3-2-1 rule and
 * see why on the overview, then record a restore test and see it on the overview.
 */
@SharedBrowserContext
class ContingencyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordABackupThatFailsThreeTwoOneAndARestoreTest() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = ContingencyFixtures.system(this.jdbc, officer.practiceId(), "EHR server", true);
		signIn(officer);

		open("/contingency/backups/new");
		new Select(field("assetId")).selectByValue(ehr.toString());
		type("what", "Practice database");
		new Select(field("frequency")).selectByVisibleText("Every day");
		new Select(field("location")).selectByVisibleText("On site (in the office)");
		new Select(field("media")).selectByVisibleText("External drive (USB)");
		press("Save backup");
		waitForText("The backup of \"EHR server\" was added to the register.");
		WebElement row = this.browser.findElement(By.cssSelector("tr[data-system='EHR server']"));
		assertThat(row.getText()).contains("Fails")
			.contains("Only 2 copies (the live data and 1 backup): keep at least three.")
			.contains("No copy away from the office: keep one off site or in the cloud.")
			.contains("No successful test yet");

		press("Record a restore test");
		new Select(field("assetId")).selectByValue(ehr.toString());
		type("what", "Ten patient charts to a spare PC");
		type("durationMinutes", "45");
		field("outcome-SUCCEEDED").click();
		press("Save restore test");
		waitForText("The restore test of \"EHR server\" was recorded. Attach its report below.");
		assertThat(pageText()).contains("Ten patient charts to a spare PC").contains("45 min");

		open("/contingency");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-system='EHR server']")).getText())
			.contains("Last success")
			.contains("(45 min)")
			.contains("Next due");
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
