package dev.bulwark.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulwark on a phone, 390 x 844 CSS pixels (a common phone): on the dashboard, a question
 * page and the asset list, the navigation sits behind a working menu button instead of
 * filling the first screen, the page never scrolls sideways (a wide table scrolls inside
 * its own box), and the asset list shows name, patient data, encryption and findings
 * first.
 */
@SharedBrowserContext
class PhoneWidthBrowserTests extends BrowserTest {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 844;

	private static final String CSV = """
			Name,Kind,ePHI,Encryption,Encryption Method,Network Segment
			Front desk PC,workstation,accesses,yes,BitLocker,Clinical
			Dr Lee laptop,laptop,stores,no,,Clinical
			Imaging workstation in operatory 2,workstation,stores,unknown,,Clinical
			""";

	@Autowired
	TestMembers members;

	@Test
	void dashboardQuestionsAndAssetsFitAPhone() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		signIn(officer);
		open("/assessments");
		press("Start the assessment");
		waitForText("Do you work completely alone?");
		String assessment = this.browser.getCurrentUrl().substring(url("").length()).replace("/profile", "");
		Path csv = Files.createTempFile("phone-inventory", ".csv");
		Files.writeString(csv, CSV, StandardCharsets.UTF_8);
		open("/inventory/assets/import");
		field("file").sendKeys(csv.toAbsolutePath().toString());
		press("Check and import");
		waitForText("Imported 3 assets");

		phone();
		for (String page : List.of("/", assessment + "/sections/basics", "/inventory/assets")) {
			open(page);
			this.wait.until((driver) -> number("return document.readyState === 'complete' ? 1 : 0") == 1);
			assertThat(number("return window.innerWidth")).as("viewport width").isEqualTo(WIDTH);
			navigationStaysBehindTheMenuButton(page);
			assertThat(number("return document.scrollingElement.scrollWidth"))
				.as("the width of %s (no sideways scrolling)", page)
				.isLessThanOrEqualTo(WIDTH);
		}

		List<WebElement> headers = this.browser.findElements(By.cssSelector(".asset-table thead th"));
		assertThat(headers.subList(0, 4)).extracting(WebElement::getText)
			.containsExactly("Name", "Patient data", "Encrypted", "Findings");
		WebElement laptop = this.browser.findElement(By.xpath("//tr[td/a[normalize-space()='Dr Lee laptop']]"));
		List<WebElement> cells = laptop.findElements(By.tagName("td"));
		for (int i = 0; i < 4; i++) {
			Map<?, ?> box = box(cells.get(i));
			assertThat(((Number) box.get("left")).doubleValue()).as("column %d starts on screen", i)
				.isGreaterThanOrEqualTo(0);
			assertThat(((Number) box.get("right")).doubleValue()).as("column %d ends on screen", i)
				.isLessThanOrEqualTo(WIDTH);
		}
		assertThat(cells.get(3).getText()).contains("open");
	}

	private void navigationStaysBehindTheMenuButton(String page) {
		WebElement nav = field("main-nav");
		WebElement menu = this.browser.findElement(By.cssSelector(".menu-button"));
		assertThat(menu.isDisplayed()).as("menu button on %s", page).isTrue();
		assertThat(nav.isDisplayed()).as("navigation hidden on %s", page).isFalse();
		// The page's own content starts within the first third of the screen.
		assertThat(number("return document.getElementById('main').getBoundingClientRect().top"))
			.as("where the content starts on %s", page)
			.isLessThan(HEIGHT / 3);

		menu.click();
		this.wait.until((driver) -> nav.isDisplayed());
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(nav.findElement(By.linkText("Dashboard")).isDisplayed()).isTrue();
		menu.click();
		this.wait.until((driver) -> !nav.isDisplayed());
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
	}

	/** A phone's screen: the window and the layout viewport are 390 CSS pixels wide. */
	private void phone() {
		this.browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
	}

	private long number(String script) {
		return ((Number) this.browser.executeScript(script)).longValue();
	}

	private Map<?, ?> box(WebElement element) {
		return (Map<?, ?>) this.browser.executeScript(
				"var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", element);
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
