package dev.bulwark.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory journey in real Chromium: import a CSV with one bad row and see that
 * row's error, fix the file and import it, see the unencrypted laptop flagged, record an
 * unencrypted data flow, and see both marked on the diagram.
 */
@SharedBrowserContext
class InventoryBrowserTests extends BrowserTest {

	private static final String CSV = """
			Name,Kind,ePHI,Encryption,Encryption Method,Network Segment
			Front desk PC,workstation,accesses,yes,BitLocker,Clinical
			Dr Lee laptop,laptop,stores,no,,Clinical
			Mystery box,%s,no,no,,
			""";

	@Autowired
	TestMembers members;

	@Test
	void importFixReimportSeeTheFlaggedLaptopAndTheDiagram() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		signIn(officer);

		Path bad = Files.createTempFile("inventory-bad", ".csv");
		Files.writeString(bad, CSV.formatted("toaster"), StandardCharsets.UTF_8);
		open("/inventory/assets/import");
		field("file").sendKeys(bad.toAbsolutePath().toString());
		press("Check and import");
		waitForText("Nothing was imported");
		WebElement rejected = this.browser.findElement(By.cssSelector("tr[data-line='4']"));
		assertThat(rejected.getText()).startsWith("4").contains("\"toaster\" is not a kind Bulwark knows");
		assertThat(this.browser.findElements(By.cssSelector(".rejected-rows tbody tr"))).hasSize(1);

		Path fixed = Files.createTempFile("inventory-fixed", ".csv");
		Files.writeString(fixed, CSV.formatted("server"), StandardCharsets.UTF_8);
		field("file").sendKeys(fixed.toAbsolutePath().toString());
		press("Check and import");
		waitForText("Imported 3 assets and created 1 network named in the file.");
		WebElement laptopRow = this.browser.findElement(By.xpath("//tr[td/a[normalize-space()='Dr Lee laptop']]"));
		assertThat(laptopRow.getText()).contains("No").contains("3 open");

		laptopRow.findElement(By.linkText("Dr Lee laptop")).click();
		waitForText("Findings");
		// Plain words by default; the citations are in the auditor view.
		assertThat(pageText()).contains("Unencrypted patient data on Dr Lee laptop")
			.doesNotContain("164.312(a)(2)(iv)");
		press("Show auditor details (citations)");
		waitForText("Hide auditor details");
		assertThat(pageText()).contains("Unencrypted ePHI on Dr Lee laptop")
			.contains("164.312(a)(2)(iv)")
			.contains("164.310(d)(1)");

		open("/inventory/flows/new");
		new Select(field("fromType")).selectByVisibleText("One of our systems");
		new Select(field("fromAssetId")).selectByVisibleText("Dr Lee laptop (Laptop)");
		new Select(field("toType")).selectByVisibleText("Vendor or business associate");
		type("toName", "Acme Lab");
		type("ephiDescription", "lab orders");
		new Select(field("channel")).selectByVisibleText("E-mail");
		new Select(field("encrypted")).selectByVisibleText("No");
		press("Save data flow");
		waitForText("The data flow was added.");
		assertThat(pageText()).contains("No: not encrypted");

		open("/inventory/diagram");
		WebElement svg = this.wait.until((driver) -> driver.findElement(By.cssSelector("svg.dataflow-diagram")));
		assertThat(svg.isDisplayed()).isTrue();
		assertThat(texts("text.dg-node-label")).contains("Dr Lee laptop", "Acme Lab");
		assertThat(texts("text.dg-node-warning")).containsExactly("\u26A0 ePHI not encrypted");
		assertThat(texts("text.dg-edge-label")).containsExactly("E-mail · not encrypted");
		assertThat(this.browser.findElements(By.cssSelector("g.dg-edge-unencrypted path"))).hasSize(1);
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "bulwark-inventory-diagram.png"),
				this.browser.getScreenshotAs(OutputType.BYTES));

		open("/inventory/findings");
		assertThat(pageText()).contains("Unencrypted ePHI in transit: Dr Lee laptop to Acme Lab")
			.contains("164.312(e)(2)(ii)");
	}

	private java.util.List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
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
