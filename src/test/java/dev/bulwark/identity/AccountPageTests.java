package dev.bulwark.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The account page: each form reports its problems next to its fields, never a 500; the
 * name is the person's to edit (audited, shown wherever people are listed); new recovery
 * codes can be printed, downloaded and copied.
 */
@BulwarkIntegrationTest
class AccountPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Test
	void aPersonRenamesThemselvesItIsAuditedAndTheNameShowsWherePeopleAreListed() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/account/name")
			.param("displayName", "  Dana Scully ")
			.with(csrf())
			.with(staff.signedIn())).hasRedirectedUrl("/account");
		assertThat(entries(officer.practiceId(), "account.renamed")).singleElement().satisfies((entry) -> {
			assertThat(entry.summary()).isEqualTo("Display name changed from \"Test Staff member\" to \"Dana Scully\"");
			assertThat(entry.actorLabel()).isEqualTo("Dana Scully <" + staff.email() + ">");
		});
		assertThat(this.accounts.member(officer.practiceId(), staff.userId())).get()
			.satisfies((member) -> assertThat(member.displayName()).isEqualTo("Dana Scully"));
		assertThat(this.mvc.get().uri("/practice/users").with(officer.signedIn())).bodyText().contains("Dana Scully");
		assertThat(this.mvc.get().uri("/").with(staff.signedIn())).bodyText().contains("Dana Scully");
	}

	@Test
	void aBlankNameIsRefusedNextToTheField() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.post().uri("/account/name").param("displayName", " ").with(csrf()).with(staff.signedIn()))
			.hasStatusOk()
			.bodyText()
			.contains("displayName-error")
			.contains("Enter your name");
	}

	@Test
	void textWhereANumberBelongsWhenCreatingATokenGetsAMessageNextToTheFieldNotAnError() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.param("name", "ci")
			.param("days", "ninety")
			.with(csrf())
			.with(staff.signedIn())).hasStatusOk().bodyText().contains("days-error").contains("Enter a whole number");
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.param("name", "")
			.param("days", "0")
			.with(csrf())
			.with(staff.signedIn())).hasStatusOk()
			.bodyText()
			.contains("name-error")
			.contains("Give the token a name")
			.contains("days-error")
			.contains("from 1 to 365 days");
		assertThat(this.tokens.list(staff.practiceId(), staff.userId())).isEmpty();
	}

	@Test
	void passwordProblemsAreShownNextToTheirFieldsAllAtOnce() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", "not my password")
			.param("newPassword", "short")
			.param("confirmPassword", "different")
			.with(csrf())
			.with(staff.signedIn())).hasStatusOk()
			.bodyText()
			.contains("currentPassword-error")
			.contains("newPassword-error")
			.contains("confirmPassword-error");
	}

	@Test
	void newRecoveryCodesCanBePrintedDownloadedAsATextFileAndCopied() throws Exception {
		TestMember staff = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(staff.email(), staff.password(), staff.currentCode());
		assertThat(browser.post("/account/recovery-codes", "passwordForCodes", "wrong")).hasStatusOk()
			.bodyText()
			.contains("passwordForCodes-error");
		assertThat(browser.post("/account/recovery-codes", "passwordForCodes", staff.password()))
			.hasRedirectedUrl("/mfa/recovery-codes");
		String page = browser.get("/mfa/recovery-codes").getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> codes = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(codes).hasSize(SecondFactors.RECOVERY_CODE_COUNT);
		assertThat(page).contains("data-print").contains("data-copy-target=\"recovery-codes\"");
		Matcher download = Pattern.compile("href=\"data:text/plain;charset=utf-8,([^\"]+)\"[^>]*download=\"([^\"]+)\"")
			.matcher(page);
		assertThat(download.find()).isTrue();
		assertThat(download.group(2)).isEqualTo("bulwark-recovery-codes.txt");
		String file = URLDecoder.decode(download.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
		assertThat(file).contains(staff.email());
		codes.forEach((code) -> assertThat(file).contains(code));
		// The codes are shown once: the page does not come back.
		assertThat(browser.get("/mfa/recovery-codes")).hasRedirectedUrl("/");
	}

	private List<AuditEntry> entries(UUID practiceId, String action) {
		return this.audit.search(practiceId, new AuditFilter(null, null, action, null, null), 0);
	}

}
