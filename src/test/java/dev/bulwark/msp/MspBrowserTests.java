package dev.bulwark.msp;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventoryTemplate;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MSP journey in real Chromium: the MSP administrator saves a template from their own
 * practice's inventory, creates two practices (one with the template), sees both in the
 * portfolio, switches into one from the header, finds the template's assets there, and
 * switches out again.
 */
@SharedBrowserContext
class MspBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	Inventory inventory;

	@Test
	void theAdministratorCreatesTwoPracticesAppliesATemplateAndSwitchesInAndOut() {
		TestMember admin = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
		this.inventory.apply(admin.actor(),
				new InventoryTemplate(List.of(
						new InventoryTemplate.TemplateAsset("Reception PC", "WORKSTATION", "Front desk", null, null,
								null, "ACCESSES", "YES", "BitLocker", null, null, "YES", null),
						new InventoryTemplate.TemplateAsset("Cloud EHR", "CLOUD_SERVICE", "cloud", null, null, null,
								"STORES", "YES", null, "YES", "YES", null, null)),
						List.of()));
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String templateName = "Dental standard " + suffix;
		String withTemplate = "Birch Dental " + suffix;
		String without = "Cedar Clinic " + suffix;
		signIn(admin);

		open("/msp/templates");
		type("name", templateName);
		new Select(field("practiceId")).selectByVisibleText(admin.practiceName());
		press("Save template");
		waitForText("Template \"" + templateName + "\" saved: 2 assets, 0 data flows.");

		open("/msp/practices/new");
		type("name", withTemplate);
		new Select(field("timeZone")).selectByValue("America/Chicago");
		type("officerName", "Bea Birch");
		type("officerEmail", "bea@birch.example");
		new Select(field("templateId")).selectByVisibleText(templateName + " (2 assets, 0 data flows)");
		press("Create practice");
		waitForText("\"" + withTemplate + "\" was created.");
		assertThat(pageText()).contains("Template \"" + templateName + "\" applied: 2 assets, 0 data flows.")
			.contains("bea@birch.example");
		assertThat(field("invite-link").getText()).contains("/invite/");

		open("/msp/practices/new");
		type("name", without);
		new Select(field("timeZone")).selectByValue("America/Denver");
		type("officerName", "Cy Cedar");
		type("officerEmail", "cy@cedar.example");
		press("Create practice");
		waitForText("\"" + without + "\" was created.");

		open("/portfolio");
		String portfolio = this.browser.findElement(By.id("portfolio")).getText();
		assertThat(portfolio).contains(withTemplate).contains(without).contains(admin.practiceName());

		switchTo(withTemplate);
		assertThat(field("current-practice").getText()).isEqualTo(withTemplate);
		open("/inventory/assets");
		waitForText("Reception PC");
		assertThat(pageText()).contains("Cloud EHR");
		assertThat(field("current-practice").getText()).isEqualTo(withTemplate);

		switchTo(admin.practiceName());
		assertThat(field("current-practice").getText()).isEqualTo(admin.practiceName());
	}

	/** One click in the header's practice switcher (after opening it). */
	private void switchTo(String practice) {
		this.browser.findElement(By.cssSelector("#practice-switcher summary")).click();
		this.browser
			.findElement(By.xpath("//details[@id='practice-switcher']//button[normalize-space()='" + practice + "']"))
			.click();
		// The switch reloads the page: the header found may be the old one, gone by the
		// time its text is read.
		this.wait.until((driver) -> {
			try {
				return driver.findElement(By.id("current-practice")).getText().equals(practice);
			}
			catch (StaleElementReferenceException ex) {
				return false;
			}
		});
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
