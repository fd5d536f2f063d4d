package dev.bulwark.identity;

import dev.bulwark.BrowserTest;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in real Chromium with a virtual authenticator: register two, sign in with one
 * as the second factor, remove one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestMembers.class)
@TestPropertySource(properties = "bulwark.test.context=passkey-browser")
class PasskeyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void registerPasskeysSignInWithOneAndRemoveOne() {
		VirtualAuthenticator laptop = this.browser.addVirtualAuthenticator(device());
		TestMember pat = this.members.newPractice(Role.SECURITY_OFFICER);

		open("/login");
		type("username", pat.email());
		type("password", pat.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", pat.currentCode());
		press("Sign in");
		waitForText(pat.practiceName());

		open("/account");
		type("passkey-label", "Office laptop");
		press("Add a passkey");
		waitForPasskeys(1);
		assertThat(laptop.getCredentials()).hasSize(1);
		// The same device cannot hold two passkeys for one account; the second comes from
		// another device.
		type("passkey-label", "Laptop again");
		press("Add a passkey");
		waitForText("already has a passkey");
		this.browser.removeVirtualAuthenticator(laptop);
		VirtualAuthenticator usbKey = this.browser.addVirtualAuthenticator(device());
		type("passkey-label", "USB key");
		press("Add a passkey");
		waitForPasskeys(2);
		assertThat(usbKey.getCredentials()).hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("#passkeys tbody tr"))).hasSize(2);

		press("Sign out");
		waitForText("You signed out");
		type("username", pat.email());
		type("password", pat.password());
		press("Continue");
		waitForPath("/mfa");
		String beforePasskey = this.browser.manage().getCookieNamed("BULWARK_SESSION").getValue();
		press("Use a passkey");
		waitForText(pat.practiceName());
		// Session fixation: the passkey step gets a new session id too.
		assertThat(this.browser.manage().getCookieNamed("BULWARK_SESSION").getValue()).isNotEqualTo(beforePasskey);
		assertThat(this.browser.getCurrentUrl()).doesNotContain("/mfa").doesNotContain("/login");

		open("/account");
		this.browser.findElements(By.cssSelector("#passkeys tbody tr button")).get(0).click();
		this.browser.switchTo().alert().accept();
		waitForText("The passkey was removed");
		assertThat(this.browser.findElements(By.cssSelector("#passkeys tbody tr"))).hasSize(1);
	}

	private void waitForPasskeys(int count) {
		this.wait.until((driver) -> driver.findElements(By.cssSelector("#passkeys tbody tr")).size() == count);
	}

	private static VirtualAuthenticatorOptions device() {
		return new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true);
	}

}
