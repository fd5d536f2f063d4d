package dev.bulwark.identity;

import java.time.Duration;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The header's practice list is kept per person and practice for a few seconds
 * ({@link PracticeSwitcherAdvice}): an audited change shows at once, one made behind the
 * application's back within {@code fresh-for}, and nobody sees another person's list.
 */
@BulwarkIntegrationTest
class PracticeSwitcherTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theListIsKeptUntilAnAuditedChangeOrFreshForAndIsEachPersonsOwn() {
		TestMember first = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember second = this.members.alsoIn(first, this.members.newPractice(Role.SECURITY_OFFICER),
				Role.SECURITY_OFFICER);
		TestMember colleague = this.members.colleague(first, Role.STAFF);
		assertThat(switcher(first)).contains(first.practiceName()).contains(second.practiceName());
		assertThat(switcher(colleague)).contains(first.practiceName()).doesNotContain(second.practiceName());

		// Behind the application's back (another node, a script): shown once fresh-for
		// has passed at the latest. Whether the old name is shown before that is not
		// asserted: any audited change (other tests', a sign-in) drops every kept list.
		rename(second, "Renamed Behind The Back");
		this.clock.advance(Duration.ofSeconds(16));
		assertThat(switcher(first)).contains("Renamed Behind The Back");

		// An audited change (the practice's settings) shows at once, for everyone.
		assertThat(switcher(colleague)).contains(first.practiceName());
		assertThat(this.mvc.post()
			.uri("/practice/settings")
			.param("name", "Renamed Through Settings")
			.param("idleTimeoutMinutes", "15")
			.param("riskMatrix", "3x3")
			.param("timeZone", "America/Chicago")
			.with(csrf())
			.with(first.signedIn())).hasStatus(HttpStatus.FOUND);
		assertThat(switcher(first)).contains("Renamed Through Settings").doesNotContain(first.practiceName());
		assertThat(switcher(colleague)).contains("Renamed Through Settings");
	}

	private void rename(TestMember member, String name) {
		this.jdbc.sql("update practice set name = :n where id = :p")
			.param("n", name)
			.param("p", member.practiceId())
			.update();
	}

	/** The switcher's menu of the member's home page. */
	private String switcher(TestMember member) {
		try {
			var result = this.mvc.get().uri("/account").with(member.signedIn()).exchange();
			assertThat(result).hasStatusOk();
			String page = result.getResponse().getContentAsString();
			return page.substring(page.indexOf("<div class=\"switcher-menu\">"), page.indexOf("</details>"));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
