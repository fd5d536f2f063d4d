package dev.bulwark.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inviting a person: a real SMTP conversation (GreenMail), then accepting through the
 * link; names are required, nobody is invited twice, and nothing the inviting officer
 * sees depends on whether the address has an account in another practice.
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

	@Autowired
	UserAccountRepository users;

	@Autowired
	AuditTrail audit;

	@Autowired
	Invitations invitations;

	@Test
	void anInvitedPersonGetsAnEmailAndJoinsWithTheirOwnAccount() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession officerBrowser = signedIn(officer);
		String address = "Sam.Staff." + officer.userId().toString().substring(0, 8) + "@Clinic.Example";
		assertThat(
				officerBrowser.post("/practice/users/invite", "name", "Sam Staff", "email", address, "role", "AUDITOR"))
			.hasRedirectedUrl("/practice/users");
		// E-mailed: the officer never holds the link.
		assertThat(officerBrowser.get("/practice/users")).bodyText()
			.contains("An invitation was e-mailed to")
			.contains("Sam Staff")
			.doesNotContain("/invite/");

		MimeMessage mail = mailTo(address.toLowerCase());
		assertThat(mail.getSubject()).contains(officer.practiceName());
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("Hello Sam Staff,");
		String path = link(body);

		WebSession invitee = new WebSession(this.mvc);
		assertThat(invitee.get(path)).hasStatusOk()
			.bodyText()
			.contains("Auditor")
			.contains(officer.practiceName())
			.contains("value=\"Sam Staff\"");
		assertThat(invitee.post(path, "name", "Sam Staff", "password", "password", "confirmPassword", "password"))
			.hasStatusOk()
			.bodyText()
			.contains("password-error");
		assertThat(invitee.post(path, "name", "Samantha Staff", "password", TestMembers.PASSWORD, "confirmPassword",
				TestMembers.PASSWORD))
			.hasRedirectedUrl("/mfa/enrol");
		assertThat(this.memberships.members(officer.practiceId())).anySatisfy((member) -> {
			assertThat(member.email()).isEqualTo(address.toLowerCase());
			assertThat(member.displayName()).isEqualTo("Samantha Staff");
			assertThat(member.role()).isEqualTo(Role.AUDITOR);
		});
		assertThat(this.audit.search(officer.practiceId(), AuditFilter.none(), 0).stream().map(AuditEntry::summary))
			.anySatisfy((summary) -> assertThat(summary).contains("Invited Sam Staff <" + address.toLowerCase()))
			.anySatisfy((summary) -> assertThat(summary)
				.contains("Samantha Staff <" + address.toLowerCase() + "> accepted the invitation as Auditor"));

		// The link works once.
		assertThat(new WebSession(this.mvc).get(path)).bodyText().contains("not valid");
	}

	@Test
	void invitingSomeoneWhoAlreadyBelongsShowsTheReasonNextToTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(signedIn(officer).post("/practice/users/invite", "name", "Stan", "email", staff.email(), "role",
				"STAFF"))
			.hasStatusOk()
			.bodyText()
			.contains("email-error")
			.contains("already belongs to the practice");
	}

	@Test
	void theSamePersonCannotBeInvitedTwiceToThePractice() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = signedIn(officer);
		String address = "twice-" + officer.userId() + "@clinic.example";
		assertThat(browser.post("/practice/users/invite", "name", "Tia Twice", "email", address, "role", "STAFF"))
			.hasRedirectedUrl("/practice/users");
		assertThat(browser.post("/practice/users/invite", "name", "Tia Twice", "email", address.toUpperCase(), "role",
				"AUDITOR"))
			.hasStatusOk()
			.bodyText()
			.contains("email-error")
			.contains("already invited")
			.contains("Withdraw it");
		assertThat(this.invitations.open(officer.practiceId())).singleElement()
			.satisfies((open) -> assertThat(open.role()).isEqualTo(Role.STAFF));
	}

	@Test
	void anInvitationNeedsThePersonsName() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(signedIn(officer).post("/practice/users/invite", "name", "  ", "email",
				"nameless-" + officer.userId() + "@clinic.example", "role", "STAFF"))
			.hasStatusOk()
			.bodyText()
			.contains("name-error")
			.contains("Enter the person");
	}

	@Test
	void theInvitationAnswersTheSameWhetherOrNotTheAddressHasAnAccountElsewhere() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember elsewhere = this.members.newPractice(Role.STAFF);
		String fresh = "fresh-" + officer.userId() + "@clinic.example";

		WebSession browser = signedIn(officer);
		MvcTestResult existing = browser.post("/practice/users/invite", "name", "Ed Else", "email", elsewhere.email(),
				"role", "STAFF");
		String existingPage = normalise(browser.get("/practice/users"), elsewhere.email(), "Ed Else");
		MvcTestResult unknown = browser.post("/practice/users/invite", "name", "Ed Else", "email", fresh, "role",
				"STAFF");
		String unknownPage = normalise(browser.get("/practice/users"), fresh, "Ed Else");
		assertThat(existing).hasRedirectedUrl("/practice/users");
		assertThat(unknown).hasRedirectedUrl("/practice/users");
		assertThat(flash(existingPage)).isEqualTo(flash(unknownPage)).contains("e-mailed");

		String existingMail = GreenMailUtil.getBody(mailTo(elsewhere.email()));
		String unknownMail = GreenMailUtil.getBody(mailTo(fresh));
		assertThat(existingMail.replace(link(existingMail), "LINK"))
			.isEqualTo(unknownMail.replace(link(unknownMail), "LINK"));

		String existingInvite = normalise(new WebSession(this.mvc).get(link(existingMail)), elsewhere.email(),
				link(existingMail));
		String unknownInvite = normalise(new WebSession(this.mvc).get(link(unknownMail)), fresh, link(unknownMail));
		assertThat(existingInvite).isEqualTo(unknownInvite)
			.doesNotContainIgnoringCase("already have")
			.contains("Create my account");
	}

	@Test
	void someoneWithAnAccountJoinsBySigningInNotByCreatingASecondAccount() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember tech = this.members.newPractice(Role.MSP_TECHNICIAN);
		signedIn(officer).post("/practice/users/invite", "name", "Tess Tech", "email", tech.email(), "role",
				"MSP_TECHNICIAN");
		String path = link(GreenMailUtil.getBody(mailTo(tech.email())));

		// Creating an account for the address is refused without changing anything.
		assertThat(new WebSession(this.mvc).post(path, "name", "Mallory", "password", "an entirely new passphrase",
				"confirmPassword", "an entirely new passphrase"))
			.hasStatusOk()
			.bodyText()
			.contains("sign in and open this link again");
		assertThat(this.passwordStillWorks(tech)).isTrue();
		assertThat(this.memberships.find(officer.practiceId(), tech.userId())).isEmpty();

		WebSession techBrowser = signedIn(tech);
		assertThat(techBrowser.get(path)).hasStatusOk().bodyText().contains("Join the practice");
		assertThat(techBrowser.post(path + "/join")).hasRedirectedUrl("/practices");
		assertThat(this.memberships.find(officer.practiceId(), tech.userId())).get()
			.satisfies((member) -> assertThat(member.role()).isEqualTo(Role.MSP_TECHNICIAN));
	}

	@Test
	void anUnknownInvitationLinkIsRefusedPolitely() {
		assertThat(new WebSession(this.mvc).get("/invite/not-a-real-token")).hasStatusOk()
			.bodyText()
			.contains("not valid");
	}

	private boolean passwordStillWorks(TestMember member) {
		return new WebSession(this.mvc).post("/login", "username", member.email(), "password", member.password())
			.getResponse()
			.getRedirectedUrl()
			.endsWith("/mfa");
	}

	private WebSession signedIn(TestMember member) {
		return new WebSession(this.mvc).signIn(member.email(), member.password(), member.currentCode());
	}

	private static MimeMessage mailTo(String address) throws MessagingException {
		smtp.waitForIncomingEmail(5000, 1);
		for (int attempt = 0; attempt < 50; attempt++) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address))) {
					return message;
				}
			}
			smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No e-mail to " + address);
	}

	private static String link(String body) {
		Matcher link = Pattern.compile("http://[^/]+(/invite/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	/** The page without what differs by design: CSRF tokens, the address, the name. */
	private static String normalise(MvcTestResult result, String... differences) throws Exception {
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = page.replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "content=\"CSRF\"")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"CSRF\"");
		for (String difference : differences) {
			page = page.replace(difference, "DIFFERENT");
		}
		return page;
	}

	private static String flash(String page) {
		Matcher flash = Pattern.compile("(?s)<div class=\"flash flash-ok\" role=\"status\">(.*?)</div>").matcher(page);
		assertThat(flash.find()).isTrue();
		return flash.group(1);
	}

}
