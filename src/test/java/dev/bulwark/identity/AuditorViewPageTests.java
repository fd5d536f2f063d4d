package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.catalog.Catalog;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Show auditor details": pages speak plain words by default (no citations, no catalog
 * version); each person switches the citations on for themselves only, with a
 * CSRF-protected POST that is audited and returns to the page it was pressed on.
 */
@BulwarkIntegrationTest
class AuditorViewPageTests {

	private static final String BADGE = "<span class=\"badge sra-citation\">164.308(a)(1)(ii)(A)</span>";

	private static final String CHECKED = "<input[^>]*id=\"show-auditor-details\"[^>]*checked";

	private static final String FIRST_STEP = "The risk analysis is the first thing the Security Rule asks for";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AuditTrail audit;

	@Autowired
	Catalog catalog;

	@Autowired
	UserAccountRepository users;

	@Test
	void questionCitationsAreHiddenByDefaultAndShownToTheOneWhoSwitchesThemOn() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember colleague = this.members.colleague(officer, Role.SECURITY_OFFICER);
		String section = startAssessment(officer) + "/sections/basics";
		assertThat(this.mvc.get().uri(section).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("sra-question")
			.doesNotContain("sra-citation")
			.contains("Show auditor details");

		assertThat(this.mvc.post()
			.uri("/account/auditor-view")
			.param("show", "true")
			.param("back", section)
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl(section)
			.flash()
			.containsEntry("message", "Auditor details are shown: citations and technical terms.");

		assertThat(this.mvc.get().uri(section).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains(BADGE)
			.contains("Hide auditor details");
		assertThat(this.mvc.get().uri(section).with(colleague.signedIn())).hasStatusOk()
			.bodyText()
			.contains("sra-question")
			.doesNotContain("sra-citation");
		assertThat(entries(officer.practiceId())).singleElement().satisfies((entry) -> {
			assertThat(entry.summary()).isEqualTo("Auditor details shown (citations and technical terms)");
			assertThat(entry.actorLabel()).contains(officer.email());
		});

		assertThat(this.mvc.post()
			.uri("/account/auditor-view")
			.param("show", "false")
			.param("back", section)
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl(section);
		assertThat(this.mvc.get().uri(section).with(officer.signedIn())).bodyText().doesNotContain("sra-citation");
		assertThat(entries(officer.practiceId())).hasSize(2);
	}

	@Test
	void theDashboardsNextStepsAndTheFooterSpeakPlainlyUntilTheAuditorViewIsOn() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String version = this.catalog.version().version();
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains(FIRST_STEP + ".")
			.doesNotContain("164.308(a)(1)(ii)(A)")
			.doesNotContain("catalog " + version);

		assertThat(this.mvc.post()
			.uri("/account/auditor-view")
			.param("show", "true")
			.param("back", "/")
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains(FIRST_STEP + " (164.308(a)(1)(ii)(A)).")
			.contains("catalog " + version);
	}

	@Test
	void theSwitchNeedsTheCsrfTokenAndChangesNothingWithoutIt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		var forged = browser.postWithoutCsrf("/account/auditor-view", "show", "true", "back", "/");
		// Refused (403, or sent elsewhere), never the switch's own redirect back to the
		// page.
		assertThat(forged.getResponse().getRedirectedUrl()).isNotEqualTo("/");
		assertThat(forged.getResponse().getStatus()).isNotEqualTo(HttpStatus.OK.value());
		assertThat(this.users.auditorView(officer.userId())).isFalse();
		assertThat(entries(officer.practiceId())).isEmpty();
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText()
			.doesNotContain("164.308(a)(1)(ii)(A)")
			.contains("Show auditor details");
		assertThat(this.mvc.post()
			.uri("/account/auditor-view")
			.param("show", "true")
			.param("back", "/")
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("164.308(a)(1)(ii)(A)");
	}

	@Test
	void theSwitchOnTheAccountPageKeepsTheChoiceAndReturnsOnlyToPagesOfBulwark() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		assertThat(this.mvc.get().uri("/account").with(staff.signedIn())).hasStatusOk()
			.bodyText()
			.contains("id=\"show-auditor-details\"")
			.doesNotContainPattern(CHECKED);
		for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example",
				"javascript:x")) {
			assertThat(this.mvc.post()
				.uri("/account/auditor-view")
				.param("show", "true")
				.param("back", elsewhere)
				.with(csrf())
				.with(staff.signedIn())).hasRedirectedUrl("/account");
		}
		assertThat(this.mvc.get().uri("/account").with(staff.signedIn())).bodyText().containsPattern(CHECKED);
		// Choosing what is already set records nothing new.
		assertThat(entries(staff.practiceId())).hasSize(1);
		assertThat(
				this.mvc.post().uri("/account/auditor-view").param("show", "maybe").with(csrf()).with(staff.signedIn()))
			.hasStatus(400);
	}

	private String startAssessment(TestMember officer) {
		var started = this.mvc.post().uri("/assessments").with(csrf()).with(officer.signedIn()).exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/assessments/[0-9a-f-]{36}.*");
		return location.substring(0, "/assessments/".length() + 36);
	}

	private List<AuditEntry> entries(UUID practiceId) {
		return this.audit.search(practiceId, new AuditFilter(null, null, "account.auditor-view-changed", null, null),
				0);
	}

}
