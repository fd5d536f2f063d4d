package dev.bulwark.identity;

import java.util.List;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@BulwarkIntegrationTest
class SignInFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AuditTrail audit;

	@Test
	void passwordThenAuthenticatorCodeSignsInAndRotatesTheSessionIdAtEachStep() {
		TestMember pat = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc);
		browser.get("/login");
		String anonymousId = browser.sessionId();

		MvcTestResult password = browser.post("/login", "username", pat.email(), "password", pat.password());
		assertThat(password).hasStatus3xxRedirection().hasRedirectedUrl("/mfa");
		String afterPassword = browser.sessionId();
		assertThat(afterPassword).isNotNull().isNotEqualTo(anonymousId);

		assertThat(browser.get("/")).hasStatus3xxRedirection();
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/mfa");

		MvcTestResult code = browser.post("/mfa/totp", "code", pat.currentCode());
		assertThat(code).hasStatus3xxRedirection();
		assertThat(browser.sessionId()).isNotEqualTo(afterPassword);

		assertThat(browser.get("/")).hasStatusOk().bodyText().contains(pat.practiceName());
		assertThat(actions(pat)).contains("signin.succeeded");
	}

	@Test
	void aWrongAuthenticatorCodeIsRefusedAndAudited() {
		TestMember pat = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", pat.email(), "password", pat.password());
		String wrong = pat.currentCode().equals("000000") ? "111111" : "000000";

		assertThat(browser.post("/mfa/totp", "code", wrong)).hasRedirectedUrl("/mfa?error");
		assertThat(browser.get("/")).hasStatus3xxRedirection();
		assertThat(actions(pat)).contains("signin.second-factor-failed").doesNotContain("signin.succeeded");
	}

	@Test
	void aRecoveryCodeWorksOnceAsTheSecondFactor(@Autowired SecondFactors secondFactors,
			@Autowired UserAccountRepository users) {
		TestMember pat = this.members.newPractice(Role.STAFF);
		List<String> codes = secondFactors.regenerateRecoveryCodes(users.findById(pat.userId()).orElseThrow());

		WebSession first = new WebSession(this.mvc);
		first.post("/login", "username", pat.email(), "password", pat.password());
		assertThat(first.post("/mfa/recovery", "code", codes.get(0).toUpperCase())).hasRedirectedUrl("/");
		assertThat(first.get("/")).hasStatusOk();

		WebSession second = new WebSession(this.mvc);
		second.post("/login", "username", pat.email(), "password", pat.password());
		assertThat(second.post("/mfa/recovery", "code", codes.get(0))).hasRedirectedUrl("/mfa/recovery?error");
	}

	@Test
	void signInErrorsDoNotRevealWhetherAnAccountExists() throws Exception {
		TestMember pat = this.members.newPractice(Role.STAFF);
		MvcTestResult unknown = new WebSession(this.mvc).post("/login", "username", "nobody@example.test", "password",
				"whatever whatever");
		MvcTestResult wrongPassword = new WebSession(this.mvc).post("/login", "username", pat.email(), "password",
				"wrong password entirely");
		assertThat(unknown).hasRedirectedUrl("/login?error");
		assertThat(wrongPassword).hasRedirectedUrl("/login?error");
		assertThat(new WebSession(this.mvc).get("/login?error").getResponse().getContentAsString())
			.contains("Sign-in failed")
			.doesNotContainIgnoringCase("no such")
			.doesNotContainIgnoringCase("unknown");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountAndAreAudited() {
		TestMember pat = this.members.newPractice(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			new WebSession(this.mvc).post("/login", "username", pat.email(), "password", "not the password " + i);
		}
		MvcTestResult rightPasswordWhileLocked = new WebSession(this.mvc).post("/login", "username", pat.email(),
				"password", pat.password());
		assertThat(rightPasswordWhileLocked).hasRedirectedUrl("/login?error");
		assertThat(actions(pat)).contains("signin.failed", "account.locked", "signin.refused-locked");
	}

	@Test
	void theSecondFactorPageNeedsThePasswordFirst() {
		assertThat(new WebSession(this.mvc).get("/mfa")).hasStatus3xxRedirection();
		assertThat(new WebSession(this.mvc).get("/mfa").getResponse().getRedirectedUrl()).contains("/login");
	}

	@Test
	void anAccountWithoutAuthenticatorMustEnrolBeforeAnyPage(@Autowired UserAccountRepository users,
			@Autowired SecondFactors secondFactors) {
		TestMember pat = this.members.newPractice(Role.STAFF);
		secondFactors.resetAll(pat.userId(), pat.email());
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", pat.email(), "password", pat.password());
		assertThat(browser.get("/mfa")).hasRedirectedUrl("/mfa/enrol");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/mfa");
		assertThat(browser.get("/mfa/enrol")).hasStatusOk().bodyText().contains("totp-secret").contains("<svg");
	}

	private List<String> actions(TestMember member) {
		return this.audit.search(member.practiceId(), AuditFilter.none(), 0).stream().map(AuditEntry::action).toList();
	}

}
