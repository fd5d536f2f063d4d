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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Least privilege: what each role may open and change, and that changes to access apply
 * at once.
 */
@BulwarkIntegrationTest
class AccessControlTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void onlyTheSecurityOfficerManagesAccountsAndSettings() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		for (Role role : new Role[] { Role.STAFF, Role.AUDITOR, Role.MSP_TECHNICIAN }) {
			TestMember other = this.members.colleague(officer, role);
			assertThat(this.mvc.get().uri("/practice/users").with(other.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/practice/settings").with(other.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/practice/users/invite")
				.param("email", "new@example.test")
				.param("role", "SECURITY_OFFICER")
				.with(csrf())
				.with(other.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/practice/users").with(officer.signedIn())).hasStatusOk();
		assertThat(this.mvc.get().uri("/practice/settings").with(officer.signedIn())).hasStatusOk();
	}

	@Test
	void theAuditTrailIsForTheSecurityOfficerAndTheAuditor() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/audit").with(officer.signedIn())).hasStatusOk();
		assertThat(this.mvc.get().uri("/audit").with(this.members.colleague(officer, Role.AUDITOR).signedIn()))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/audit").with(this.members.colleague(officer, Role.STAFF).signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * {@code @PreAuthorize} (behind {@code @Permitted} and the other annotations) is
	 * enforced by its advisor; the unused method-security advisors are gone (ADR 0032).
	 */
	@Test
	void onlyThePreAuthorizeAdvisorOfMethodSecurityIsDefined(
			@Autowired org.springframework.context.ApplicationContext context) {
		assertThat(context.containsBean("preAuthorizeAuthorizationAdvisor")).isTrue();
		assertThat(UnusedMethodSecurity.ADVISORS).noneMatch(context::containsBean);
	}

	@Test
	void formsWithoutACsrfTokenAreRejected() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.get("/practice/settings")).hasStatusOk();
		assertThat(browser.postWithoutCsrf("/practice/settings", "name", "Renamed", "idleTimeoutMinutes", "10",
				"riskMatrix", "3x3"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.get("/practice/settings")).bodyText().doesNotContain("Renamed");
	}

	@Test
	void aRoleChangeTakesEffectOnTheNextRequest(@Autowired UserAdministration administration) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember colleague = this.members.colleague(officer, Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/practice/users").with(colleague.signedIn())).hasStatusOk();
		administration.changeRole(officer.actor(), colleague.userId(), Role.STAFF);
		assertThat(this.mvc.get().uri("/practice/users").with(colleague.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void deactivationEndsSessionsAndApiTokensAtOnce(@Autowired SecondFactors secondFactors,
			@Autowired UserAccountRepository users) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember leaver = this.members.colleague(officer, Role.STAFF);
		String token = this.members.apiToken(leaver);
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", leaver.email(), "password", leaver.password());
		browser.post("/mfa/totp", "code", leaver.currentCode());
		assertThat(browser.get("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk();

		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/deactivate", leaver.userId())
			.with(csrf())
			.with(officer.signedIn())).hasStatus3xxRedirection();

		assertThat(browser.get("/")).hasStatus3xxRedirection();
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/login");
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		// Nor can they sign in again into that practice. (A recovery code: the
		// authenticator code was just used.)
		String recoveryCode = secondFactors.regenerateRecoveryCodes(users.findById(leaver.userId()).orElseThrow())
			.get(0);
		WebSession again = new WebSession(this.mvc);
		again.post("/login", "username", leaver.email(), "password", leaver.password());
		again.post("/mfa/recovery", "code", recoveryCode);
		assertThat(again.get("/")).hasStatusOk().bodyText().contains("do not belong to any practice");
	}

	@Test
	void theSecurityOfficerCannotRemoveTheLastSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.mvc.post()
			.uri("/practice/users/{id}/role", officer.userId())
			.param("role", "STAFF")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(this.mvc.get().uri("/practice/users").with(officer.signedIn())).hasStatusOk();
	}

	@Test
	void resettingASecondFactorForcesEnrolmentAgain() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember lostPhone = this.members.colleague(officer, Role.STAFF);
		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/reset-second-factor", lostPhone.userId())
			.with(csrf())
			.with(officer.signedIn())).hasStatus3xxRedirection();
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", lostPhone.email(), "password", lostPhone.password());
		assertThat(browser.get("/mfa")).hasRedirectedUrl("/mfa/enrol");
		assertThat(browser.post("/mfa/totp", "code", lostPhone.currentCode())).hasRedirectedUrl("/mfa?error");
	}

	@Test
	void apiTokensWorkOnlyForTheApiAndOnlyWithinTheRole() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		String staffToken = this.members.apiToken(staff);
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + staffToken)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.role")
			.isEqualTo("STAFF");
		assertThat(this.mvc.get().uri("/api/v1/audit-entries").header("Authorization", "Bearer " + staffToken))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer bwk_forged"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		// A token is not a browser session.
		assertThat(this.mvc.get().uri("/account").header("Authorization", "Bearer " + staffToken))
			.hasStatus3xxRedirection();
	}

	@Test
	void revokedTokensStopWorking(@Autowired ApiTokens tokens) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		ApiTokens.Created created = tokens.create(officer.practiceId(), officer.userId(), officer.email(), "x", 1);
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + created.token())).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/account/tokens/{id}/revoke", created.summary().id())
			.with(csrf())
			.with(officer.signedIn())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + created.token()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void expiredTokensStopWorking(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		jdbc.sql("update api_token set expires_at = :past where user_id = :u")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
			.param("u", officer.userId())
			.update();
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anMspTechnicianSwitchesBetweenPracticesWithADifferentRoleInEach() {
		TestMember first = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember second = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember tech = this.members.colleague(first, Role.MSP_TECHNICIAN);
		this.members.alsoIn(tech, second, Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", tech.email(), "password", tech.password());
		browser.post("/mfa/totp", "code", tech.currentCode());
		assertThat(browser.get("/practices")).hasStatusOk()
			.bodyText()
			.contains(first.practiceName())
			.contains(second.practiceName());
		browser.post("/practices/switch", "practiceId", first.practiceId().toString());
		assertThat(browser.get("/practice/users")).hasStatus(HttpStatus.FORBIDDEN);
		browser.post("/practices/switch", "practiceId", second.practiceId().toString());
		assertThat(browser.get("/practice/users")).hasStatusOk().bodyText().contains(second.email());
	}

	@Test
	void strictSecurityHeadersOnEveryPage() {
		TestMember officer = this.members.newPractice(Role.STAFF);
		var response = this.mvc.get().uri("/").with(officer.signedIn()).exchange().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		var secure = this.mvc.get().uri("https://localhost/login").secure(true).exchange().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(this.mvc.get().uri("/login").exchange().getResponse().getHeader("Strict-Transport-Security"))
			.isNull();
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndSecureOverTls() {
		this.members.newPractice(Role.STAFF);
		var plain = this.mvc.get().uri("/login").exchange().getResponse().getHeader("Set-Cookie");
		assertThat(plain).contains("BULWARK_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		var tls = this.mvc.get()
			.uri("https://localhost/login")
			.secure(true)
			.exchange()
			.getResponse()
			.getHeader("Set-Cookie");
		assertThat(tls).contains("Secure");
	}

	@Test
	void onlyTheHealthStatusOfActuatorIsPublic() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyText()
			.contains("UP")
			.doesNotContain("diskSpace");
		assertThat(this.mvc.get().uri("/actuator/env").exchange().getResponse().getStatus()).isIn(302, 401, 404);
		assertThat(this.mvc.get().uri("/actuator/beans").exchange().getResponse().getStatus()).isIn(302, 401, 404);
	}

	@Test
	void keepAliveNeedsASignedInSessionAndACsrfToken() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.post().uri("/session/keep-alive").with(csrf())).hasStatus3xxRedirection();
		WebSession browser = new WebSession(this.mvc).signIn(staff.email(), staff.password(), staff.currentCode());
		assertThat(browser.get("/")).hasStatusOk();
		assertThat(browser.postWithoutCsrf("/session/keep-alive")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.post("/session/keep-alive")).hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void theApiDocumentAnswersSignedInPeopleAndApiTokensButNobodyElse() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/v3/api-docs").header("Authorization", "Bearer bwk_forged"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/v3/api-docs").with(staff.signedIn())).hasStatusOk()
			.bodyText()
			.contains("/api/v1/me");
		// Scripts generate their clients from it with a personal API token.
		assertThat(this.mvc.get().uri("/v3/api-docs").header("Authorization", "Bearer " + this.members.apiToken(staff)))
			.hasStatusOk()
			.bodyText()
			.contains("/api/v1/me");
		// The token opens the document, not the browser application.
		assertThat(
				this.mvc.get().uri("/practice/users").header("Authorization", "Bearer " + this.members.apiToken(staff)))
			.hasStatus3xxRedirection();
	}

}
