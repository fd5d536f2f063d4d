package dev.bulwark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for browser tests in real Chromium (Debian's {@code chromium} and
 * {@code chromedriver}), headless. Without Chromium the tests are skipped, unless
 * {@code BULWARK_REQUIRE_BROWSER=1} (as in CI), where a missing browser fails them.
 * Subclasses carry their own {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)}.
 */
@Tag("browser")
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "1".equals(System.getenv("BULWARK_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(
					"Chromium and chromedriver are required (apt-get install chromium " + "chromium-driver)");
		}
		Assumptions.assumeTrue(available, "Chromium is not installed; browser test skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1000",
				"--user-data-dir=" + Files.createTempDirectory("bulwark-chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		// Checked every 100 ms, not Selenium's 500: the first-day journey waits for 140
		// saves.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15), Duration.ofMillis(100));
		// htmx swaps and page loads replace elements between finding one and reading it:
		// a condition that meets a replaced element is simply checked again.
		this.wait.ignoring(StaleElementReferenceException.class);
		// A condition checked while the page navigates can be answered "aborted by
		// navigation: inspected target navigated or closed" (a plain WebDriverException);
		// it is checked again on the new page. A real failure still ends in a timeout
		// carrying the last exception.
		this.wait.ignoring(WebDriverException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** Passkeys need a host name, not an IP address: the tests use localhost. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		this.browser.get(url(path));
	}

	protected WebElement field(String id) {
		return this.browser.findElement(By.id(id));
	}

	protected void type(String id, String text) {
		WebElement element = field(id);
		element.clear();
		element.sendKeys(text);
	}

	protected void press(String buttonText) {
		this.browser
			.findElement(By.xpath(
					"//button[normalize-space()='" + buttonText + "'] | //a[normalize-space()='" + buttonText + "']"))
			.click();
	}

	protected String pageText() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	protected void waitForText(String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	protected void waitForPath(String pathPrefix) {
		this.wait.until((driver) -> driver.getCurrentUrl().startsWith(url(pathPrefix)));
	}

}
