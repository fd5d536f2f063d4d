package dev.bulwark.policies;

import java.time.LocalDate;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acknowledgement journey of issue 11 in real Chromium: a staff member signs in,
 * finds the policy in "Policies to acknowledge", reads it, acknowledges it with one
 * click, and the security officer sees who has and has not acknowledged it.
 */
@SharedBrowserContext
class PolicyAcknowledgementBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	PolicyService service;

	@Autowired
	Policies policies;

	@Test
	void aStaffMemberAcknowledgesAPolicyAndTheOfficerSeesIt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		this.members.colleague(officer, Role.STAFF);
		Actor actor = PolicyFixtures.actor(officer);
		LocalDate today = this.policies.today(actor);
		DocumentDetails policy = PolicyFixtures.published(this.service, actor, "password-management", today);

		signIn(staff);
		open("/policies/mine");
		waitForText("Policies to acknowledge");
		this.browser.findElement(By.linkText("Password management")).click();
		waitForText("Please read and acknowledge");
		assertThat(pageText()).contains("Never reuse a work password anywhere else.");
		press("I have read and understood this policy");
		waitForText("You acknowledged version 1 of \"Password management\".");
		assertThat(pageText()).contains("You have acknowledged every policy in effect.");
		assertThat(this.policies.pendingAcknowledgements(officer.practiceId(), staff.userId())).isEmpty();

		press("Sign out");
		waitForPath("/login");
		signIn(officer);
		open("/policies/" + policy.id());
		waitForText("Acknowledgements");
		assertThat(this.browser.findElements(By.xpath("//tr[@data-person]"))).extracting((row) -> row.getText())
			.hasSize(3)
			.anySatisfy((text) -> assertThat(text).contains("Acknowledged version 1 on " + today))
			.anySatisfy((text) -> assertThat(text).endsWith("Not yet"));
		open("/policies/acknowledgements");
		waitForText("Who has acknowledged what");
		assertThat(pageText()).contains("1 of 3 have acknowledged the version in effect.");
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
