package dev.bulwark.msp;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.PendingListeners;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio keeps each practice's measures for a minute and shares them (1,000
 * practices cost 60,000 risks grouped on every view otherwise), yet shows an audited
 * change of a practice at once.
 */
@BulwarkIntegrationTest
class PortfolioMeasuresTests {

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
	void anAuditedChangeShowsAtOnceAndOtherChangesWithinTheFreshness() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		this.jdbc.sql("update app_user set msp_technician = true where id = :id")
			.param("id", technician.userId())
			.update();
		String technicianToken = this.members.apiToken(technician);
		assertThat(findings(technicianToken, officer.practiceId())).isZero();

		// A change that leaves no audit entry (here a finding written behind the
		// application's back) shows once the measures are older than the freshness, not
		// before.
		this.jdbc.sql("""
				insert into inv_finding (practice_id, id, rule_key, subject_key, citation, title, detail,
				proposed_rule, status, first_seen_at)
				values (:practice, :id, 'test', 'test', '164.310(d)(1)', 'A finding', 'Written directly.', false,
				'OPEN', current_timestamp)""")
			.param("practice", officer.practiceId())
			.param("id", UUID.randomUUID())
			.update();
		assertThat(findings(technicianToken, officer.practiceId())).isZero();
		this.clock.advance(Portfolio.FRESH_FOR);
		assertThat(findings(technicianToken, officer.practiceId())).isEqualTo(1);

		// Recording an unencrypted laptop with ePHI is audited: its findings show at
		// once.
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Front desk laptop", "kind": "LAPTOP", "ephi": "STORES", "encryption": "NO"}"""))
			.hasStatus(HttpStatus.CREATED);
		assertThat(findings(technicianToken, officer.practiceId())).isGreaterThan(1);
	}

	@Test
	void thePageKeepsItsTableForAMomentAndAnAuditedChangeShowsAtOnce() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		this.jdbc.sql("update app_user set msp_technician = true where id = :id")
			.param("id", technician.userId())
			.update();
		TestMember otherOfficer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember otherTechnician = this.members.colleague(otherOfficer, Role.MSP_TECHNICIAN);
		this.jdbc.sql("update app_user set msp_technician = true where id = :id")
			.param("id", otherTechnician.userId())
			.update();
		// Joining starts background work (training assigned) whose audited changes drop
		// every kept table: let it finish before asserting what is kept.
		PendingListeners.awaitFor(this.jdbc, officer.practiceId());
		PendingListeners.awaitFor(this.jdbc, otherOfficer.practiceId());

		String page = portfolio(technician);
		assertThat(page).contains(officer.practiceName())
			.contains("id=\"work-in\"")
			.contains("form=\"work-in\" name=\"practiceId\" value=\"" + officer.practiceId() + "\"");
		// The table holds no token; the one form that posts sits outside it.
		assertThat(table(page)).doesNotContain("_csrf").doesNotContain("<form");
		assertThat(portfolio(otherTechnician)).contains(otherOfficer.practiceName())
			.doesNotContain(officer.practiceName());

		// Renamed behind the application's back: the kept table is shown until it is
		// older than fresh-for ...
		this.jdbc.sql("update practice set name = :name where id = :id")
			.param("name", "Renamed " + officer.practiceName())
			.param("id", officer.practiceId())
			.update();
		assertThat(table(portfolio(technician))).doesNotContain("Renamed ");
		// ... but any audited change drops it at once.
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Front desk PC", "kind": "WORKSTATION", "ephi": "NONE"}""")).hasStatus(HttpStatus.CREATED);
		assertThat(table(portfolio(technician))).contains("Renamed " + officer.practiceName());
		assertThat(portfolio(otherTechnician)).doesNotContain(officer.practiceName());
	}

	private static String table(String page) {
		return page.substring(page.indexOf("<table"), page.indexOf("</table>"));
	}

	private String portfolio(TestMember member) throws Exception {
		var result = this.mvc.get().uri("/portfolio?show=ALL").with(member.signedIn()).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private int findings(String token, UUID practiceId) throws Exception {
		var result = this.mvc.get()
			.uri("/api/v1/portfolio?show=ALL")
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		java.util.List<Integer> counts = JsonPath.read(result.getResponse().getContentAsString(),
				"$[?(@.practiceId == '" + practiceId + "')].inventoryFindings");
		assertThat(counts).hasSize(1);
		return counts.get(0);
	}

}
