package dev.bulwark.identity;

import java.util.Base64;
import java.util.List;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in real Chromium with a virtual authenticator: register two, have a bad one
 * refused, sign in with one as the second factor, remove one; every step in the audit
 * trail.
 */
@SharedBrowserContext
class PasskeyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

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
		assertThat(summaries(pat, "mfa.passkey-added")).containsExactlyInAnyOrder("Passkey \"Office laptop\" added",
				"Passkey \"USB key\" added");

		press("Sign out");
		waitForText("You signed out");
		type("username", pat.email());
		type("password", pat.password());
		press("Continue");
		waitForPath("/mfa");
		// A passkey the server does not accept (its stored key swapped for another
		// one, as for a forged assertion) is refused and audited against the person
		// whose password was given. Spring Security keeps the key in the stored
		// attestation.
		String usbKeyId = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(usbKey.getCredentials().get(0).getId());
		byte[] usbKeyAttestation = storedAttestation(usbKeyId);
		byte[] otherAttestation = this.jdbc
			.sql("select attestation_object from user_credentials where credential_id <> :id and user_entity_user_id = "
					+ "(select user_entity_user_id from user_credentials where credential_id = :id)")
			.param("id", usbKeyId)
			.query(byte[].class)
			.single();
		assertThat(otherAttestation).isNotEqualTo(usbKeyAttestation);
		setStoredAttestation(usbKeyId, otherAttestation);
		assertThat(storedAttestation(usbKeyId)).isEqualTo(otherAttestation);
		press("Use a passkey");
		waitForText("The passkey did not work");
		assertThat(summaries(pat, "signin.second-factor-failed")).containsExactly("Passkey not accepted");
		assertThat(summaries(pat, "signin.succeeded")).hasSize(1);
		setStoredAttestation(usbKeyId, usbKeyAttestation);

		String beforePasskey = this.browser.manage().getCookieNamed("BULWARK_SESSION").getValue();
		press("Use a passkey");
		waitForText(pat.practiceName());
		assertThat(summaries(pat, "signin.succeeded")).hasSize(2).contains("Signed in with password and passkey");
		// Session fixation: the passkey step gets a new session id too.
		assertThat(this.browser.manage().getCookieNamed("BULWARK_SESSION").getValue()).isNotEqualTo(beforePasskey);
		assertThat(this.browser.getCurrentUrl()).doesNotContain("/mfa").doesNotContain("/login");

		open("/account");
		this.browser.findElements(By.cssSelector("#passkeys tbody tr button")).get(0).click();
		this.browser.switchTo().alert().accept();
		waitForText("The passkey was removed");
		assertThat(this.browser.findElements(By.cssSelector("#passkeys tbody tr"))).hasSize(1);
		assertThat(summaries(pat, "mfa.passkey-removed")).hasSize(1);
	}

	private List<String> summaries(TestMember member, String action) {
		return this.audit.search(member.practiceId(), new AuditFilter(null, null, action, null, null), 0)
			.stream()
			.map(AuditEntry::summary)
			.toList();
	}

	private byte[] storedAttestation(String credentialId) {
		return this.jdbc.sql("select attestation_object from user_credentials where credential_id = :id")
			.param("id", credentialId)
			.query(byte[].class)
			.single();
	}

	private void setStoredAttestation(String credentialId, byte[] key) {
		this.jdbc.sql("update user_credentials set attestation_object = :k where credential_id = :id")
			.param("k", key)
			.param("id", credentialId)
			.update();
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
