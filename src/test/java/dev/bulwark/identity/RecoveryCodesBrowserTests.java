package dev.bulwark.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New recovery codes in real Chromium: printed (only the codes reach the paper) and
 * downloaded as a text file, with the strict Content-Security-Policy in force. Shares the
 * passkey browser test's application.
 */
@SharedBrowserContext
class RecoveryCodesBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void newRecoveryCodesArePrintedAndDownloadedAsATextFile(@TempDir Path downloads) throws Exception {
		TestMember pat = this.members.newPractice(Role.STAFF);
		open("/login");
		type("username", pat.email());
		type("password", pat.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", pat.currentCode());
		press("Sign in");
		waitForText(pat.practiceName());

		open("/account");
		type("passwordForCodes", pat.password());
		press("Make new recovery codes");
		waitForPath("/mfa/recovery-codes");
		List<String> codes = this.browser.findElements(By.cssSelector("#recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(codes).hasSize(SecondFactors.RECOVERY_CODE_COUNT);

		// Print: the button opens the browser's print dialog (replaced here, as headless
		// Chromium has none), and the print stylesheet leaves only the codes and a line
		// saying whose they are.
		this.browser.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
		press("Print the codes");
		assertThat(this.browser.executeScript("return window.printed;")).isEqualTo(1L);
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(field("recovery-codes").isDisplayed()).isTrue();
		assertThat(field("download-codes").isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".print-only")).getText()).contains(pat.email());
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

		// Download: a plain text file with every code, straight from the page.
		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
		press("Download as a text file");
		Path file = downloads.resolve("bulwark-recovery-codes.txt");
		this.wait.until((driver) -> Files.exists(file));
		this.wait.until((driver) -> codes.stream().allMatch((code) -> read(file).contains(code)));
		assertThat(read(file)).contains(pat.email());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

}
