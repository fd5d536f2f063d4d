package dev.bulwark.vendors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor journey in real Chromium: add a vendor that stores patient information, see
 * the missing-agreement finding, upload the signed agreement as a PDF, and see the
 * finding resolved and the renewal date listed.
 */
@SharedBrowserContext
class VendorsBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	Clock clock;

	@Test
	void addAVendorSeeTheMissingAgreementUploadItAndSeeTheRenewal() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		signIn(officer);

		open("/vendors/new");
		type("name", "Acme Cloud Backup");
		type("service", "Online backup of the charting server");
		field("maintainsPhi").click();
		field("transmitsPhi").click();
		new Select(field("riskTier")).selectByVisibleText("High");
		press("Add vendor");
		waitForText("\"Acme Cloud Backup\" was added: Business associate.");
		assertThat(pageText()).contains("No agreement in effect")
			.contains("Finding: this business associate has no current agreement");

		open("/vendors");
		assertThat(pageText()).contains("A business associate has no business associate agreement in effect");

		this.browser.findElement(By.linkText("Acme Cloud Backup")).click();
		press("Record an agreement");
		waitForText("Business associate agreement with Acme Cloud Backup");
		Path pdf = Files.createTempFile("signed-baa", ".pdf");
		Files.write(pdf, VendorFixtures.pdf("signed by both parties"));
		field("file").sendKeys(pdf.toAbsolutePath().toString());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("UTC"));
		LocalDate renewal = today.plusYears(1);
		setDate("effectiveOn", today.minusDays(1));
		setDate("expiresOn", renewal);
		type("breachWindowDays", "30");
		field("terms-safeguards").click();
		field("terms-subcontractors").click();
		field("terms-incident-reporting").click();
		press("Record agreement");
		waitForText("The agreement with \"Acme Cloud Backup\" was recorded");
		assertThat(pageText()).contains("Current agreement; renewal due " + renewal).contains("signed-baa");

		open("/vendors");
		assertThat(pageText()).doesNotContain("no business associate agreement in effect")
			.contains("Coming due")
			.contains(renewal + ": Renew the business associate agreement with \"Acme Cloud Backup\"");

		// The yearly written verification of its safeguards (proposed rule), with the
		// certification
		this.browser.findElement(By.linkText("Acme Cloud Backup")).click();
		assertThat(pageText()).contains("Written verification of safeguards (proposed rule)");
		press("Verify safeguards");
		waitForText("Verify the safeguards of Acme Cloud Backup");
		assertThat(pageText()).contains("Proposed rule (not yet law)");
		Path certification = Files.createTempFile("acme-certification", ".pdf");
		Files.write(certification, VendorFixtures.pdf("certified by the vendor"));
		field("file").sendKeys(certification.toAbsolutePath().toString());
		setDate("verifiedOn", today);
		for (String key : VendorFixtures.answers().keySet()) {
			this.browser.executeScript("arguments[0].click();", field("answers-" + key + "-YES"));
		}
		press("Record verification");
		waitForText("The verification was recorded with a score of 100%");
		assertThat(pageText()).contains(today.plusYears(1) + " (proposed rule)").contains("acme-certification");
	}

	private void setDate(String id, LocalDate date) {
		this.browser.executeScript("arguments[0].value = arguments[1];", field(id), date.toString());
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
