package dev.bulwark.msp;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.MspPeople;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.MspRole;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two MSP technicians and three practices: the first serves practices A and B, the second
 * practice C. Each sees only the practices assigned to them, on every path: the portfolio
 * page, its CSV, the API, a practice's MSP page and switching; and a practice's security
 * officer who revokes a technician's access removes the practice from their portfolio at
 * once.
 */
@BulwarkIntegrationTest
class MspAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MspPeople people;

	TestMember officerA;

	TestMember officerB;

	TestMember officerC;

	TestMember first;

	TestMember second;

	TestMember firstInB;

	@BeforeEach
	void threePracticesTwoTechnicians() {
		this.officerA = this.members.newPractice(Role.SECURITY_OFFICER);
		this.officerB = this.members.newPractice(Role.SECURITY_OFFICER);
		this.officerC = this.members.newPractice(Role.SECURITY_OFFICER);
		this.first = technician(this.members.colleague(this.officerA, Role.MSP_TECHNICIAN));
		this.firstInB = this.members.alsoIn(this.first, this.officerB, Role.MSP_TECHNICIAN);
		this.second = technician(this.members.colleague(this.officerC, Role.MSP_TECHNICIAN));
	}

	private TestMember technician(TestMember member) {
		this.jdbc.sql("update app_user set msp_technician = true where id = :id").param("id", member.userId()).update();
		return member;
	}

	@Test
	void eachTechnicianSeesOnlyTheirPracticesInThePortfolioPageAndItsCsv() throws Exception {
		String page = this.mvc.get()
			.uri("/portfolio?show=ALL")
			.with(this.first.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.officerA.practiceName(), this.officerB.practiceName())
			.doesNotContain(this.officerC.practiceName());
		String csv = this.mvc.get()
			.uri("/portfolio/export.csv")
			.with(this.first.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains(this.officerA.practiceId().toString(), this.officerB.practiceId().toString())
			.doesNotContain(this.officerC.practiceId().toString());
		String other = this.mvc.get()
			.uri("/portfolio")
			.with(this.second.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(other).contains(this.officerC.practiceName())
			.doesNotContain(this.officerA.practiceName())
			.doesNotContain(this.officerB.practiceName());
	}

	@Test
	void eachTechnicianSeesOnlyTheirPracticesInTheApi() throws Exception {
		assertThat(portfolioIds(this.first)).containsExactlyInAnyOrder(this.officerA.practiceId(),
				this.officerB.practiceId());
		assertThat(portfolioIds(this.second)).containsExactly(this.officerC.practiceId());
	}

	@Test
	void aTokenFromAnyPracticeServedReachesThePortfolioAndOthersTokensAreRefused() throws Exception {
		// The token belongs to practice B; the portfolio is still everything the
		// technician serves, and nothing else.
		assertThat(portfolioIds(this.firstInB)).containsExactlyInAnyOrder(this.officerA.practiceId(),
				this.officerB.practiceId());
		// A technician's token creates no practice; a token of someone with no MSP role
		// has no portfolio either.
		assertThat(this.mvc.post()
			.uri("/api/v1/practices")
			.header("Authorization", "Bearer " + this.members.apiToken(this.first))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "Not allowed", "timeZone": "UTC", "officerName": "Eve", "officerEmail": "eve@x.example"}""")
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		String officersToken = this.members.apiToken(this.officerA);
		assertThat(this.mvc.get()
			.uri("/api/v1/portfolio")
			.header("Authorization", "Bearer " + officersToken)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/practices")
			.header("Authorization", "Bearer " + officersToken)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "Not allowed", "timeZone": "UTC", "officerName": "Eve", "officerEmail": "eve@x.example"}""")
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aPracticeNotAssignedIsNotFoundOnItsPageAndCannotBeSwitchedInto() throws Exception {
		assertThat(this.mvc.get()
			.uri("/msp/practices/{id}", this.officerC.practiceId())
			.with(this.first.signedIn())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.get()
			.uri("/msp/practices/{id}", this.officerA.practiceId())
			.with(this.second.signedIn())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.get()
			.uri("/msp/practices/{id}", this.officerB.practiceId())
			.with(this.first.signedIn())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.post()
			.uri("/practices/switch")
			.param("practiceId", this.officerC.practiceId().toString())
			.with(this.first.signedIn())
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.post()
			.uri("/practices/switch")
			.param("practiceId", this.officerA.practiceId().toString())
			.with(this.second.signedIn())
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void makingSomeoneAnAdministratorIsAuditedEvenWhenTheChangerServesNoPractice() {
		TestMember admin = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
		this.jdbc.sql("update membership set active = false where user_id = :u").param("u", admin.userId()).update();
		this.people.changeRole(admin.actor().withMspRole(MspRole.ADMINISTRATOR), this.second.userId(),
				MspRole.ADMINISTRATOR);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action = 'msp.role-changed' "
					+ "and object_id = :u")
			.param("p", AuditTrail.INSTALLATION)
			.param("u", this.second.userId().toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void switchingChangesTheSessionsPracticeAndIsAudited() throws Exception {
		WebSession session = new WebSession(this.mvc).signIn(this.first.email(), this.first.password(),
				this.first.currentCode());
		// Whichever practice the session starts in, switch into the other, then back.
		for (TestMember target : List.of(this.officerB, this.officerA, this.officerB)) {
			assertThat(session.post("/practices/switch", "practiceId", target.practiceId().toString())
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/");
			String page = session.get("/practices").getResponse().getContentAsString();
			assertThat(page).contains("<span id=\"current-practice\">" + target.practiceName() + "</span>");
		}
		assertThat(session.post("/practices/switch", "practiceId", this.officerC.practiceId().toString())
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action = 'practice.switched'")
			.param("p", this.officerB.practiceId())
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action = 'practice.switched'")
			.param("p", this.officerC.practiceId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSecurityOfficerSeesTheMspPeopleAndRevokingEndsTheirAccess() throws Exception {
		String users = this.mvc.get()
			.uri("/practice/users")
			.with(this.officerA.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(users).contains("Your IT provider").contains(this.first.email());
		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/deactivate", this.first.userId())
			.with(this.officerA.signedIn())
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(portfolioIds(this.firstInB)).containsExactly(this.officerB.practiceId());
	}

	@Test
	void techniciansCannotCreatePracticesOrManagePeople() throws Exception {
		assertThat(this.mvc.post()
			.uri("/msp/practices")
			.param("name", "Not allowed")
			.with(this.first.signedIn())
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.get().uri("/msp/people").with(this.first.signedIn()).exchange().getResponse().getStatus())
			.isEqualTo(403);
		// A practice's security officer who is no MSP person has no portfolio.
		assertThat(this.mvc.get().uri("/portfolio").with(this.officerA.signedIn()).exchange().getResponse().getStatus())
			.isEqualTo(403);
	}

	private List<UUID> portfolioIds(TestMember member) throws Exception {
		String token = this.members.apiToken(member);
		var result = this.mvc.get()
			.uri("/api/v1/portfolio?show=ALL")
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		List<UUID> ids = new java.util.ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"practiceId\":\"([0-9a-f-]{36})\"")
			.matcher(result.getResponse().getContentAsString());
		while (matcher.find()) {
			ids.add(UUID.fromString(matcher.group(1)));
		}
		assertThat(result.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(ids.size()));
		return ids;
	}

}
