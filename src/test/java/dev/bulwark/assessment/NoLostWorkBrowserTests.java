package dev.bulwark.assessment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path loses work silently, in real Chromium: typing keeps the session alive and keeps
 * the focus, a choice is saved as it is picked (the focus stays on it), text typed before
 * an automatic sign-out comes back after signing in again on the same page, "save" with
 * nothing chosen saves nothing and says so, a save refused because the assessment was
 * signed off elsewhere says so, and a date the browser cannot read is named next to its
 * field instead of being dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bulwark.test.context=no-lost-work-browser", "bulwark.session.max-idle-timeout=8s" })
@Import(TestMembers.class)
class NoLostWorkBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Test
	void typingKeepsTheSessionAndTextTypedBeforeALogoffComesBackAfterSigningIn() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		signIn(officer, officer.currentCode());
		String section = "/assessments/" + id + "/sections/basics";
		open(section);
		waitForText("Risk analysis basics");

		// A choice is saved as it is picked, and the keyboard stays on it.
		field("BAS-01-YES").click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-BAS-01"), "Saved."));
		this.wait.until((driver) -> "BAS-01-YES".equals(activeId()));

		// "Save" with nothing chosen saves nothing, and says so.
		field("BAS-04-save").click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-BAS-04"),
				"Choose an answer first: nothing was saved."));
		assertThat(field("q-BAS-04").getText()).doesNotContain("Saved.");

		// Typing for longer than the idle time keeps the session; the warning never takes
		// the keyboard.
		this.browser.findElement(By.cssSelector("#q-BAS-03 details.sra-more summary")).click();
		WebElement notes = field("BAS-03-notes");
		notes.click();
		Actions typing = new Actions(this.browser);
		String text = "Ask the IT firm for the list";
		for (String word : text.split(" ")) {
			typing = typing.sendKeys(word + " ").pause(Duration.ofMillis(1500));
		}
		typing.perform();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url(section));
		assertThat(activeId()).isEqualTo("BAS-03-notes");

		// Then she stops: the automatic logoff signs her out, the text stays in the tab.
		waitForText("signed out automatically");
		assertThat(this.browser.getCurrentUrl()).contains("/login");

		signIn(officer, officer.nextCode());
		waitForPath(section);
		waitForText("Restored what you had typed here but not saved yet");
		assertThat(field("BAS-03-notes").getAttribute("value")).isEqualTo(text + " ");

		// Saving clears the kept text: it does not come back once saved.
		field("BAS-03-save").click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-BAS-03"), "Saved"));
		assertThat(this.assessments.details(officer.practiceId(), id)
			.answers()
			.stream()
			.filter((a) -> a.questionKey().equals("BAS-03"))
			.findFirst()
			.orElseThrow()
			.notes()).isEqualTo(text);
		open(section);
		waitForText("Risk analysis basics");
		assertThat(pageText()).doesNotContain("Restored what you had typed");
	}

	@Test
	void aSaveRefusedBecauseTheAssessmentWasSignedOffElsewhereSaysSo() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		signIn(officer, officer.currentCode());
		open("/assessments/" + id + "/sections/basics");
		waitForText("Risk analysis basics");
		// Another tab signs the assessment off meanwhile.
		this.assessments.signOff(AssessmentFixtures.actor(officer), id,
				new SignOffForm(officer.displayName(), true, true));
		field("BAS-02-NO").click();
		this.wait.until((driver) -> field("q-BAS-02").getText().toLowerCase().contains("not saved"));
		assertThat(field("q-BAS-02").getText()).contains("signed off");
	}

	@Test
	void aDateTheBrowserCannotReadIsNamedNextToTheTaskField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		RiskDetails risk = this.risks.create(AssessmentFixtures.actor(officer),
				new RiskForm("Sticky notes at reception", List.of(), null, null, null, null, RiskRating.MODERATE,
						RiskRating.LOW, null, null, null, null, null, null, null, null));
		signIn(officer, officer.currentCode());
		open("/risks/" + risk.id());
		waitForText("Add a task");
		type("task-title", "Shred the notes");
		// Typed the European way: the year never reaches the year box.
		field("task-dueDate").sendKeys("31/12");
		press("Add the task");
		waitForText("Enter a real date between 1900 and 2199");
		assertThat(field("task-dueDate").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.risks.details(officer.practiceId(), this.risks.record(officer.practiceId(), risk.id())).tasks())
			.isEmpty();
	}

	private void signIn(TestMember member, String code) {
		if (!this.browser.getCurrentUrl().contains("/login")) {
			open("/login");
		}
		type("username", member.email());
		type("password", member.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", code);
		press("Sign in");
		this.wait.until((driver) -> !driver.getCurrentUrl().contains("/mfa"));
	}

	private String activeId() {
		return (String) this.browser.executeScript("return document.activeElement && document.activeElement.id");
	}

}
