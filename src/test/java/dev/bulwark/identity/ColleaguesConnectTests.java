package dev.bulwark.identity;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colleagues can connect: an invitation link naming this computer's own address is
 * flagged on the page, and the guided "let colleagues connect" page says where Bulwark
 * can be reached, how to start it for the office network, the firewall rule and whether
 * each address answers.
 */
@BulwarkIntegrationTest
class ColleaguesConnectTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void linksToThisComputerAloneAreRecognised() {
		assertThat(UsersController.onlyThisComputer("http://127.0.0.1:8080/invite/abc")).isTrue();
		assertThat(UsersController.onlyThisComputer("http://localhost:8080/invite/abc")).isTrue();
		assertThat(UsersController.onlyThisComputer("http://[::1]:8080/invite/abc")).isTrue();
		assertThat(UsersController.onlyThisComputer("https://192.168.1.20:8443/invite/abc")).isFalse();
		assertThat(UsersController.onlyThisComputer("https://bulwark.office.example/invite/abc")).isFalse();
	}

	@Test
	void anInvitationLinkForThisComputerOnlyIsFlaggedWithTheWayToFixIt() {
		TestMember officer = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.post("/practice/users/invite", "name", "Sam Staff", "email",
				"sam." + officer.userId().toString().substring(0, 8) + "@clinic.example", "role", "STAFF"))
			.hasRedirectedUrl("/practice/users");
		assertThat(browser.get("/practice/users")).bodyText()
			.contains("This link works only on this computer")
			.contains("href=\"/practice/connect\"");
	}

	@Test
	void theConnectPageGuidesThroughAddressCertificateFirewallAndCheck() {
		TestMember officer = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
		assertThat(this.mvc.get().uri("/practice/connect").with(officer.signedIn()).exchange()).hasStatusOk()
			.hasViewName("web/connect")
			.bodyText()
			.contains("Only on this computer")
			.contains("--server.address=")
			.contains("TCP port")
			.contains("Check that the address answers");
	}

	/**
	 * On an MSP's server a client practice's officer is not the installation's
	 * administrator: the server's addresses and certificate are not shown, and the
	 * invitation page says whom to ask instead.
	 */
	@Test
	void onlyTheInstallationAdministratorSeesTheServersAddresses() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/practice/connect").with(officer.signedIn()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.post("/practice/users/invite", "name", "Sam Staff", "email",
				"sam." + officer.userId().toString().substring(0, 8) + "@clinic.example", "role", "STAFF"))
			.hasRedirectedUrl("/practice/users");
		assertThat(browser.get("/practice/users")).bodyText()
			.contains("This link works only on this computer")
			.contains("Ask whoever administers this Bulwark server")
			.doesNotContain("/practice/connect");
	}

}
