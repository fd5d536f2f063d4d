package dev.bulwark;

import java.util.List;

import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the security-sensitive flows with debug logging for Bulwark's own code and checks
 * that no password, authenticator secret, code, recovery code, API token or invitation
 * token reaches the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestMembers.class)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "bulwark.test.context=logs", "logging.level.dev.bulwark=DEBUG",
		"logging.level.org.springframework.security=INFO" })
class NoSecretsInLogsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void sensitiveValuesNeverAppearInTheLog(CapturedOutput output) throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String code = officer.currentCode();
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(), code);
		new WebSession(this.mvc).post("/login", "username", officer.email(), "password", "wrong but secret pass");
		browser.post("/account/tokens", "name", "ci", "days", "10");
		String account = browser.get("/account")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String token = this.members.apiToken(officer);
		this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
		browser.post("/practice/users/invite", "name", "New Person", "email", "new.person@clinic.example", "role",
				"STAFF");
		String invitePage = browser.get("/practice/users")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String inviteToken = invitePage.replaceAll("(?s).*?/invite/([A-Za-z0-9_-]{20,}).*", "$1");

		String log = output.getAll();
		assertThat(log).isNotBlank();
		for (String secret : List.of(TestMembers.PASSWORD, "wrong but secret pass", officer.totpSecretBase32(), token,
				inviteToken)) {
			assertThat(log).as("log must not contain a secret").doesNotContain(secret);
		}
		assertThat(account).contains("bwk_");
		assertThat(inviteToken).as("the invitation link was shown").hasSizeLessThan(100);
	}

}
