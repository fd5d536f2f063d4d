package dev.bulwark.identity;

import java.time.Instant;

import dev.bulwark.BrowserTest;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's journey in real Chromium: first-run set-up, authenticator enrolment,
 * recovery codes, sign-out, sign-in with password and code (a wrong code refused first),
 * and automatic logoff after a short idle time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bulwark.test.context=newcomer-browser", "bulwark.session.max-idle-timeout=6s" })
class NewcomerJourneyBrowserTests extends BrowserTest {

	@Test
	void setUpEnrolSignOutSignInAndGetSignedOutWhenIdle() {
		open("/");
		waitForPath("/setup");
		type("practiceName", "Maple Family Dental");
		type("name", "");
		type("email", "morgan@maple.example");
		type("password", "short");
		type("confirmPassword", "short");
		press("Create practice");
		// Every problem at once, each next to its field.
		waitForText("Use at least 12 characters");
		assertThat(pageText()).contains("Enter your name");
		assertThat(field("password").getAttribute("aria-describedby")).contains("password-error");
		assertThat(field("name").getAttribute("aria-invalid")).isEqualTo("true");

		type("password", TestMembers.PASSWORD);
		type("confirmPassword", TestMembers.PASSWORD);
		press("Create practice");
		waitForText("Enter your name");
		// The passwords were fine: they are still there, only the name is asked for.
		assertThat(field("password").getAttribute("value")).isEqualTo(TestMembers.PASSWORD);
		assertThat(field("confirmPassword").getAttribute("value")).isEqualTo(TestMembers.PASSWORD);
		type("name", "Morgan Lee");
		press("Create practice");
		waitForPath("/mfa/enrol");
		assertThat(this.browser.findElement(By.cssSelector(".qr-box svg")).isDisplayed()).isTrue();
		this.browser.findElement(By.tagName("summary")).click();
		String secretText = field("totp-secret").getText().replace(" ", "");
		byte[] secret = new Base32().decode(secretText);

		type("code", "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000");
		press("Confirm");
		waitForText("did not match");
		type("code", Totp.codeAt(secret, Instant.now()));
		press("Confirm");
		waitForPath("/mfa/recovery-codes");
		assertThat(this.browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		press("I saved them, continue");
		waitForText("Maple Family Dental");

		press("Sign out");
		waitForText("You signed out");

		type("username", "morgan@maple.example");
		type("password", TestMembers.PASSWORD);
		press("Continue");
		waitForPath("/mfa");
		// The enrolment used this time step's code; the next step's code is valid and not
		// yet used.
		String next = Totp.codeAt(secret, Instant.now().plusSeconds(30));
		type("code", next.equals("000000") ? "111111" : "000000");
		press("Sign in");
		waitForText("That code did not work");
		type("code", next);
		press("Sign in");
		waitForText("Maple Family Dental");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url("/"));

		// Walk away: the page leaves itself after the idle time, and the session is gone
		// on the server too.
		waitForText("signed out automatically");
		assertThat(this.browser.getCurrentUrl()).contains("/login");
		open("/practice/users");
		waitForPath("/login");
	}

}
