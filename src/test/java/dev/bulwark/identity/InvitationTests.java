package dev.bulwark.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inviting a person: a real SMTP conversation (GreenMail), then accepting through the
 * link.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestMembers.class)
@TestPropertySource(properties = { "bulwark.test.context=mail", "spring.mail.host=127.0.0.1",
		"bulwark.mail.from=bulwark@clinic.example" })
class InvitationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	// A free port rather than GreenMail's fixed 3025, so test runs can share a machine.
	@org.springframework.test.context.DynamicPropertySource
	static void smtpPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MembershipRepository memberships;

	@Test
	void anInvitedPersonGetsAnEmailAndJoinsWithTheirOwnAccount() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession officerBrowser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(
				officerBrowser.post("/practice/users/invite", "email", "Sam.Staff@Clinic.Example", "role", "AUDITOR"))
			.hasRedirectedUrl("/practice/users");

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sam.staff@clinic.example");
		assertThat(mail.getSubject()).contains(officer.practiceName());
		String body = GreenMailUtil.getBody(mail);
		Matcher link = Pattern.compile("http://[^/]+(/invite/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		String path = link.group(1);

		WebSession invitee = new WebSession(this.mvc);
		assertThat(invitee.get(path)).hasStatusOk().bodyText().contains("Auditor").contains(officer.practiceName());
		assertThat(invitee.post(path, "name", "Sam Staff", "password", "password", "confirmPassword", "password"))
			.hasStatusOk()
			.bodyText()
			.contains("password-error");
		assertThat(invitee.post(path, "name", "Sam Staff", "password", TestMembers.PASSWORD, "confirmPassword",
				TestMembers.PASSWORD))
			.hasRedirectedUrl("/mfa/enrol");
		assertThat(this.memberships.members(officer.practiceId())).anySatisfy((member) -> {
			assertThat(member.email()).isEqualTo("sam.staff@clinic.example");
			assertThat(member.role()).isEqualTo(Role.AUDITOR);
		});

		// The link works once.
		assertThat(new WebSession(this.mvc).get(path)).bodyText().contains("not valid");
	}

	@Test
	void invitingSomeoneWhoAlreadyBelongsShowsTheReasonNextToTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		browser.post("/practice/users/invite", "email", staff.email(), "role", "STAFF");
		assertThat(browser.get("/practice/users")).bodyText().contains("already belongs");
	}

	@Test
	void anUnknownInvitationLinkIsRefusedPolitely() {
		assertThat(new WebSession(this.mvc).get("/invite/not-a-real-token")).hasStatusOk()
			.bodyText()
			.contains("not valid");
	}

}
