package dev.bulwark.shared;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.PendingListeners;
import dev.bulwark.StatementCounter;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The busiest list pages keep their rendered parts for a few seconds ({@link KeptParts},
 * ADR 0030): a repeated view reads almost nothing and shows the same rows, an audited
 * change shows at once, a change made without one within {@code fresh-for}, nobody is
 * shown what was rendered for another person or practice, no kept part carries a CSRF
 * token, and a register shown from kept HTML is still an audited read.
 */
@BulwarkIntegrationTest
@Import(StatementCounter.class)
class KeptPartsTests {

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
	void aRepeatedViewOfTheAssetListReadsAlmostNothingAndShowsTheSameRows() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		addAsset(officer, "Reception PC");
		TwoViews views = twoViews(officer, "/inventory/assets");
		assertThat(results(views.second())).isEqualTo(results(views.first()))
			.contains("Reception PC")
			.contains("1 asset");
		// What is left is the person, the practice and the summary above the list.
		views.secondRanFewerStatementsBy(3);
	}

	@Test
	void anAuditedChangeShowsAtOnceAndAnUnauditedOneWithinFreshFor() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		addAsset(officer, "Reception PC");
		assertThat(page(officer, "/inventory/assets")).contains("Reception PC").doesNotContain("Billing laptop");
		int findings = openFindings(page(officer, "/inventory/findings"));
		assertThat(findings).isPositive();
		assertThat(page(officer, "/inventory/diagram")).contains("Reception PC").doesNotContain("Billing laptop");

		addAsset(officer, "Billing laptop");
		assertThat(page(officer, "/inventory/assets")).contains("Reception PC").contains("Billing laptop");
		assertThat(openFindings(page(officer, "/inventory/findings"))).isGreaterThan(findings);
		assertThat(page(officer, "/inventory/diagram")).contains("Billing laptop");

		// Behind the application's back (another node, a script): shown once fresh-for
		// has passed.
		this.jdbc
			.sql("update inv_asset set name = 'Front desk PC', name_key = 'front desk pc' where practice_id = :p"
					+ " and name = 'Reception PC'")
			.param("p", officer.practiceId())
			.update();
		assertThat(page(officer, "/inventory/assets")).contains("Reception PC");
		this.clock.advance(Duration.ofSeconds(16));
		assertThat(page(officer, "/inventory/assets")).contains("Front desk PC").doesNotContain("Reception PC");
	}

	@Test
	void eachPersonFilterAndPracticeHasItsOwnParts() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		post(officer, "/risks", "title", "Stolen laptop", "likelihood", "HIGH", "impact", "HIGH");
		assertThat(page(officer, "/risks")).contains("Stolen laptop").contains("Add a risk");
		assertThat(page(auditor, "/risks")).contains("Stolen laptop").doesNotContain("Add a risk");
		assertThat(page(officer, "/risks")).contains("Add a risk");

		addAsset(officer, "Reception PC");
		assertThat(page(officer, "/inventory/assets?q=reception")).contains("Reception PC");
		assertThat(page(officer, "/inventory/assets?q=nothing")).doesNotContain("Reception PC").contains("0 assets");

		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(page(other, "/risks")).doesNotContain("Stolen laptop");
		assertThat(page(other, "/inventory/assets")).doesNotContain("Reception PC");
		assertThat(page(other, "/inventory/findings")).doesNotContain("Reception PC").contains("0 open findings");
	}

	@Test
	void theRegisterShownFromKeptPartsIsStillAnAuditedReadAndItsFormAFreshToken() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String first = page(officer, "/risks");
		// The same person from another address: not merged with the first view by the
		// trail, while the register itself comes from what was kept.
		var second = this.mvc.get().uri("/risks").with(officer.signedIn()).with(from("192.0.2.7")).exchange();
		assertThat(second).hasStatusOk();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p" + " and action = 'risk-register.viewed'")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p"
					+ " and action = 'risk-register.viewed' and remote_address = '192.0.2.7'")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(first).contains("Heat map");
	}

	@Test
	void theCalendarIsKeptAndShowsANewTaskAtOnce() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		post(officer, "/tasks", "title", "Shred old files", "dueOn", "2027-06-01");
		TwoViews views = twoViews(officer, "/tasks");
		assertThat(main(views.second())).isEqualTo(main(views.first()))
			.contains("Shred old files")
			.contains("Add a task");
		views.secondRanFewerStatementsBy(2);
		assertThat(tokens(main(views.second()))).isZero();

		post(officer, "/tasks", "title", "Test the backups", "dueOn", "2027-06-02");
		assertThat(page(officer, "/tasks")).contains("Shred old files").contains("Test the backups");
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(page(auditor, "/tasks")).contains("Test the backups").doesNotContain("Add a task");
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(page(other, "/tasks")).doesNotContain("Shred old files");
	}

	@Test
	void theKeptAuditTrailListsEveryNewEntryAtOnceAndEachViewIsRecorded() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String first = page(officer, "/audit");
		// A first view lists itself, as before the page was kept.
		assertThat(main(first)).contains("audit.viewed");
		assertThat(tokens(main(first))).isZero();
		int views = viewsOfTheTrail(officer);
		String again = page(officer, "/audit");
		assertThat(viewsOfTheTrail(officer)).isEqualTo(views);

		// A read by the same person from elsewhere is a new entry: the next view shows
		// it,
		// though nothing was changed.
		var elsewhere = this.mvc.get().uri("/audit").with(officer.signedIn()).with(from("192.0.2.9")).exchange();
		assertThat(elsewhere).hasStatusOk();
		assertThat(viewsOfTheTrail(officer)).isEqualTo(views + 1);
		assertThat(page(officer, "/audit")).contains("192.0.2.9");
		assertThat(again).doesNotContain("192.0.2.9");

		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(page(other, "/audit")).doesNotContain("192.0.2.9").doesNotContain(officer.email());
	}

	/** The same page viewed twice, with the statements each view ran. */
	private TwoViews twoViews(TestMember member, String uri) {
		StatementCounter.start();
		String first = page(member, uri);
		List<String> firstStatements = StatementCounter.stop();
		StatementCounter.start();
		String second = page(member, uri);
		return new TwoViews(first, firstStatements, second, StatementCounter.stop());
	}

	private record TwoViews(String first, List<String> firstStatements, String second, List<String> secondStatements) {

		void secondRanFewerStatementsBy(int fewer) {
			assertThat(this.secondStatements)
				.as("statements of the kept view; the first view ran %s", this.firstStatements)
				.hasSizeLessThanOrEqualTo(this.firstStatements.size() - fewer);
		}

	}

	private int viewsOfTheTrail(TestMember member) {
		return this.jdbc.sql("select count(*) from audit_entry where practice_id = :p and action = 'audit.viewed'")
			.param("p", member.practiceId())
			.query(Integer.class)
			.single();
	}

	@Test
	void theFormsThatPostAreRenderedForEachRequestAndNoKeptPartHoldsAToken() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		addAsset(officer, "Reception PC");
		String risks = page(officer, "/risks");
		String assets = page(officer, "/inventory/assets");
		String findings = page(officer, "/inventory/findings");
		String diagram = page(officer, "/inventory/diagram");
		String plan = page(officer, "/treatment-plan");
		// The risk register's confirm form (when shown) and the asset list's review form
		// post, and are rendered for each request; nothing else on these pages does.
		assertThat(tokens(main(risks))).isEqualTo(main(risks).contains("/risks/confirm-proposed") ? 1 : 0);
		assertThat(tokens(main(assets))).isEqualTo(1);
		assertThat(tokens(results(assets))).isZero();
		assertThat(tokens(main(findings))).isZero();
		assertThat(tokens(main(diagram))).isZero();
		// The plan's "Mark done" buttons post the one form outside the kept plan.
		assertThat(tokens(main(plan))).isEqualTo(1);
		var htmx = this.mvc.get()
			.uri("/inventory/assets?q=reception")
			.header("HX-Request", "true")
			.with(officer.signedIn())
			.exchange();
		assertThat(htmx).hasViewName("kept").bodyText().contains("Reception PC").doesNotContain("_csrf");
	}

	@Test
	void eachMarkDoneButtonOfTheKeptPlanPostsTheOneFormOutsideIt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String risk = post(officer, "/risks", "title", "Stolen laptop", "likelihood", "HIGH", "impact", "HIGH");
		post(officer, risk + "/tasks", "title", "Encrypt the laptop");
		String plan = page(officer, "/treatment-plan");
		Matcher button = Pattern.compile("<button type=\"submit\" form=\"mark-done\" class=\"button small\"\\s+"
				+ "formaction=\"(/risks/[0-9a-f-]+/tasks/[0-9a-f-]+/done)\"\\s+aria-label=\"Mark done: Encrypt the laptop\"")
			.matcher(plan);
		assertThat(button.find()).as("the Mark done button in %s", plan).isTrue();
		assertThat(main(plan)).containsOnlyOnce("<form id=\"mark-done\"").containsOnlyOnce("name=\"_csrf\"");
		assertThat(page(officer, "/treatment-plan")).contains("Mark done: Encrypt the laptop");

		// What the browser sends for that button: the outer form's fields to the button's
		// address. The change is audited, so the plan shows it at once.
		post(officer, button.group(1), "returnTo", "plan");
		assertThat(page(officer, "/treatment-plan")).doesNotContain("Mark done: Encrypt the laptop")
			.contains("Done tasks (1)");
	}

	@Test
	void theKeptNavigationMarksThePageItIsOn() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		for (int view = 0; view < 2; view++) {
			assertThat(page(officer, "/inventory/assets")).containsPattern(current("/inventory/assets"))
				.doesNotContainPattern(current("/risks"));
			assertThat(page(officer, "/risks")).containsPattern(current("/risks"))
				.doesNotContainPattern(current("/inventory/assets"));
		}
	}

	private static Pattern current(String path) {
		return Pattern.compile("<a href=\"" + Pattern.quote(path) + "\"[^>]*aria-current=\"page\"");
	}

	private void addAsset(TestMember member, String name) {
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "NO"}""".formatted(name)))
			.hasStatus(HttpStatus.CREATED);
		// The change starts background work (the register proposes risks from the gaps),
		// an audited change of its own: wait for it so that it does not drop a part
		// later.
		PendingListeners.awaitFor(this.jdbc, member.practiceId());
	}

	/** Posts a form as the page does, and answers where it redirects to. */
	private String post(TestMember member, String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(member.signedIn()).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		var result = request.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result.getResponse().getRedirectedUrl();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static int tokens(String html) {
		return html.split("name=\"_csrf\"", -1).length - 1;
	}

	private static int openFindings(String page) {
		Matcher count = Pattern.compile("<p>(\\d+) open findings?</p>").matcher(page);
		assertThat(count.find()).as("the count of open findings").isTrue();
		return Integer.parseInt(count.group(1));
	}

	/** The asset list's kept results. */
	private static String results(String page) {
		return page.substring(page.indexOf("id=\"asset-results\""), page.indexOf("</main>"));
	}

	/** The page without its layout (which carries a fresh CSRF token each time). */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private String page(TestMember member, String uri) {
		try {
			var result = this.mvc.get().uri(uri).with(member.signedIn()).exchange();
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
