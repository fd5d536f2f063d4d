package dev.bulwark.training;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.policies.Policies;
import dev.bulwark.policies.PublishedPolicies;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training journey of issue 11 in real Chromium: a staff member signs in, finds a
 * module and a policy in "My tasks", fails the module's quiz, reads it again and passes,
 * acknowledges the policy, and the security officer sees the pass in the completion
 * matrix.
 */
@SharedBrowserContext
class TrainingJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Autowired
	Policies policies;

	@Autowired
	ApplicationContext context;

	@Test
	void aStaffMemberFailsThenPassesAQuizAcknowledgesAPolicyAndTheOfficerSeesTheMatrix() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		LocalDate today = this.training.today(officer.actor());
		this.training.assign(officer.actor(), new AssignForm(staff.userId(), "phishing", null));
		UUID policy = PublishedPolicies.publish(this.context, officer.actor(), "password-management", today);
		TrainingModule module = this.training.module("phishing");

		signIn(staff);
		open("/my-tasks");
		waitForText("Training to take");
		assertThat(pageText()).contains("Phishing and social engineering").contains("Password management");
		this.browser.findElement(By.linkText("Phishing and social engineering")).click();
		waitForText("Quiz");
		answer(module, 3);
		press("Submit my answers");
		waitForText("Not passed yet");
		assertThat(pageText()).contains("You scored 50%; the pass mark is 80%.");
		press("Read the module and retake the quiz");
		waitForText("Quiz");
		answer(module, module.quiz().size());
		press("Submit my answers");
		waitForText("You passed \"Phishing and social engineering\" with 100%.");
		assertThat(pageText()).contains("Download the certificate (PDF)");

		open("/my-tasks");
		waitForText("Policies to acknowledge");
		assertThat(this.browser.findElements(By.id("task-modules"))).isEmpty();
		this.browser.findElement(By.linkText("Password management")).click();
		waitForText("Please read and acknowledge");
		press("I have read and understood this policy");
		waitForText("You acknowledged version 1 of \"Password management\".");
		open("/my-tasks");
		waitForText("You have nothing to do right now.");
		assertThat(this.policies.pendingAcknowledgements(officer.practiceId(), staff.userId())).isEmpty();
		assertThat(policy).isNotNull();

		press("Sign out");
		waitForPath("/login");
		signIn(officer);
		open("/training/matrix");
		waitForText("Training completion");
		String row = this.browser.findElement(By.xpath("//tr[@data-person='" + staff.displayName() + "']")).getText();
		assertThat(row).contains("Passed " + today + " (100%), next due " + today.plusYears(1))
			.contains("Not assigned");
	}

	/** Picks answers: the first {@code right} correct, the others wrong. */
	private void answer(TrainingModule module, int right) {
		for (int i = 0; i < module.quiz().size(); i++) {
			int correct = module.quiz().get(i).answer();
			int choice = (i < right) ? correct : (correct + 1) % module.quiz().get(i).choices().size();
			this.browser.findElement(By.id("answers-" + i + "-" + choice)).click();
		}
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
