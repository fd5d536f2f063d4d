package dev.bulwark.assessment;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.bulwark.BrowserTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "bulwark.test.context=assessment-tour")
@Import(TestMembers.class)
class AssessmentTourBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void tour() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		open("/login");
		type("username", officer.email());
		type("password", officer.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", officer.currentCode());
		press("Sign in");
		waitForText(officer.practiceName());
		open("/assessments");
		shot("a-list");
		press("Start the assessment");
		waitForText("Do you work completely alone?");
		shot("a-profile");
		String path = this.browser.getCurrentUrl().substring(url("").length()).replace("/profile", "");
		type("workforce_size", "6");
		field("solo_practitioner-no").click();
		field("wireless_network-no").click();
		field("ehr_hosting-CLOUD").click();
		press("Save the profile");
		waitForText("Profile saved");
		shot("a-overview");
		open(path + "/sections/basics");
		for (String q : new String[] { "BAS-01", "BAS-02", "BAS-03" }) {
			field(q + "-" + (q.equals("BAS-01") ? "YES" : "NO")).click();
			this.browser.findElement(By.cssSelector("#q-" + q + " .sra-answer-form button[type=submit]")).click();
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-" + q), "Saved."));
		}
		shot("a-section");
		open(path);
		shot("a-overview2");
		for (String page : new String[] { path + "/results", path + "/decisions", path + "/review", "/risks",
				"/treatment-plan", "/" }) {
			open(page);
			Thread.sleep(300);
			shot("a" + page.replace('/', '-'));
		}
		open("/risks");
		this.browser.findElements(By.cssSelector("table a")).get(0).click();
		Thread.sleep(500);
		shot("a-risk");
	}

	private void shot(String name) throws Exception {
		Files.write(Path.of("/tmp/shots/" + name.replaceAll("[^a-zA-Z0-9-]", "") + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
