package dev.bulwark.dashboard;

import java.time.Duration;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.PendingListeners;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's content is kept for a few seconds per person and wording
 * ({@link DashboardPages}): a repeated view reads nothing for it, an audited change shows
 * at once, a change made without one within {@code fresh-for}, and nobody is shown what
 * was rendered for someone else.
 */
@BulwarkIntegrationTest
@Import(StatementCounter.class)
class DashboardPagesTests {

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
	void aRepeatedViewReadsNothingForTheContentAndShowsTheSamePage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StatementCounter.PREPARED.set(0);
		String first = page(officer);
		int firstStatements = StatementCounter.PREPARED.getAndSet(0);
		String second = page(officer);
		int secondStatements = StatementCounter.PREPARED.get();
		assertThat(content(second)).isEqualTo(content(first)).contains("What to do next").contains("Systems inventory");
		assertThat(secondStatements).as("statements of the kept view (first view: %d)", firstStatements)
			.isLessThanOrEqualTo(firstStatements - 10);
	}

	@Test
	void anAuditedChangeShowsAtOnceAndAnUnauditedOneWithinFreshFor() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(page(officer)).contains("No systems recorded yet.");

		// Through the API: an audited change, committed, drops the kept content.
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Reception PC", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "YES"}"""))
			.hasStatus(HttpStatus.CREATED);
		// The change starts background work (the risk register proposes risks from the
		// inventory's gaps), an audited change of its own that drops the content again.
		PendingListeners.awaitFor(this.jdbc, officer.practiceId());
		assertThat(page(officer)).contains("1 systems").doesNotContain("No systems recorded yet.");

		// Behind the application's back (as another node or background work would): the
		// kept content is shown until it is older than fresh-for.
		this.jdbc.sql("update inv_asset set status = 'DISPOSED' where practice_id = :p")
			.param("p", officer.practiceId())
			.update();
		assertThat(page(officer)).contains("1 systems");
		this.clock.advance(Duration.ofSeconds(16));
		assertThat(page(officer)).contains("No systems recorded yet.");
	}

	@Test
	void eachPersonAndEachWordingHasItsOwnContent() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(page(officer)).contains("What to do next");
		assertThat(page(staff)).doesNotContain("What to do next");
		assertThat(page(officer)).contains("What to do next");

		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(page(other)).contains(other.practiceName()).doesNotContain(officer.practiceName());

		// The auditor view is kept apart from plain words.
		this.jdbc.sql("update app_user set auditor_view = true where id = :u").param("u", officer.userId()).update();
		assertThat(page(officer)).contains(", catalog ");
		this.jdbc.sql("update app_user set auditor_view = false where id = :u").param("u", officer.userId()).update();
		assertThat(page(officer)).doesNotContain(", catalog ");
	}

	/**
	 * The content below the navigation (the layout carries a fresh CSRF token each time).
	 */
	private static String content(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private String page(TestMember member) {
		try {
			var result = this.mvc.get().uri("/").with(member.signedIn()).exchange();
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
