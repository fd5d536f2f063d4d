package dev.bulwark.identity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.CliTestSupport;
import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One person in two practices (an MSP technician): each practice controls only its own
 * membership, and a second-factor reset never lets a password alone open a practice whose
 * officer did not ask for it.
 */
@BulwarkIntegrationTest
class SharedPersonTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	ConfigurableApplicationContext context;

	/** Practices A and B, each with its officer, and one technician in both. */
	record TwoPractices(TestMember officerA, TestMember officerB, TestMember inA, TestMember inB) {
	}

	private TwoPractices twoPractices() {
		TestMember officerA = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember officerB = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember inA = this.members.colleague(officerA, Role.MSP_TECHNICIAN);
		TestMember inB = this.members.alsoIn(inA, officerB, Role.STAFF);
		return new TwoPractices(officerA, officerB, inA, inB);
	}

	@Test
	void deactivatingInOnePracticeEndsAccessThereAtOnceAndLeavesTheOtherPracticeAlone() {
		TwoPractices two = twoPractices();
		String tokenA = this.members.apiToken(two.inA());
		String tokenB = this.members.apiToken(two.inB());
		List<String> codes = this.secondFactors
			.regenerateRecoveryCodes(this.users.findById(two.inA().userId()).orElseThrow());
		WebSession workingInA = signInWithRecoveryCode(two.inA(), codes.get(0));
		workingInA.post("/practices/switch", "practiceId", two.officerA().practiceId().toString());
		WebSession workingInB = signInWithRecoveryCode(two.inA(), codes.get(1));
		workingInB.post("/practices/switch", "practiceId", two.officerB().practiceId().toString());
		assertThat(workingInA.get("/")).hasStatusOk().bodyText().contains(two.officerA().practiceName());

		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/deactivate", two.inA().userId())
			.with(csrf())
			.with(two.officerA().signedIn())).hasRedirectedUrl("/practice/users");

		// Practice B: nothing changed.
		assertThat(workingInB.get("/")).hasStatusOk().bodyText().contains(two.officerB().practiceName());
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + tokenB)).hasStatusOk();
		// Practice A: over at once, its token too, and the session working there is not
		// carried over into B behind the person's back.
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + tokenA))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(workingInA.post("/account/name", "displayName", "Meant for A"))
			.hasRedirectedUrl("/practices?removed");
		assertThat(this.users.findById(two.inA().userId()).orElseThrow().displayName()).isNotEqualTo("Meant for A");
		assertThat(workingInA.get("/practices?removed")).hasStatusOk()
			.bodyText()
			.contains("access to the practice you were working in has ended")
			.contains(two.officerB().practiceName())
			.doesNotContain(two.officerA().practiceName());
		assertThat(this.memberships.activePracticeIds(two.inA().userId())).containsExactly(two.officerB().practiceId());
		assertThat(entries(two.officerA().practiceId(), "user.deactivated")).singleElement()
			.satisfies((entry) -> assertThat(entry.summary()).contains("sessions kept for the other practices"));
	}

	@Test
	void anOfficerCannotResetTheSecondFactorOfSomeoneWhoAlsoBelongsToAnotherPractice() {
		TwoPractices two = twoPractices();
		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/reset-second-factor", two.inA().userId())
			.with(csrf())
			.with(two.officerA().signedIn())).hasStatusOk()
			.bodyText()
			.contains("also belongs to another practice")
			.contains("installation administrator")
			.contains("user reset-second-factor --email " + two.inA().email());
		assertThat(this.users.findById(two.inA().userId()).orElseThrow().hasTotp()).isTrue();
		assertThat(entries(two.officerA().practiceId(), "user.second-factor-reset")).isEmpty();
		assertThat(this.mvc.get().uri("/practice/users").with(two.officerA().signedIn())).hasStatusOk()
			.bodyText()
			.contains("the installation administrator resets their second factor");
	}

	@Test
	void theInstallationAdministratorResetsOnTheServerThePersonReEnrolsAndBothPracticesRecordIt() throws Exception {
		TwoPractices two = twoPractices();
		WebSession before = new WebSession(this.mvc).signIn(two.inA().email(), two.inA().password(),
				two.inA().currentCode());
		assertThat(before.get("/")).hasStatusOk();

		StringWriter out = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		assertThat(cli.execute("user", "reset-second-factor", "--email", two.inA().email())).isZero();
		assertThat(out.toString()).contains("1 session(s) ended")
			.contains(two.officerA().practiceName())
			.contains(two.officerB().practiceName());
		assertThat(this.users.findById(two.inA().userId()).orElseThrow().hasTotp()).isFalse();
		assertThat(before.get("/")).hasStatus3xxRedirection();
		for (UUID practice : List.of(two.officerA().practiceId(), two.officerB().practiceId())) {
			assertThat(entries(practice, "user.second-factor-reset")).singleElement()
				.satisfies((entry) -> assertThat(entry.actorLabel())
					.isEqualTo("installation administrator (command line)"));
		}

		// The person sets up a new authenticator with their password, as the
		// administrator allowed for every practice they belong to.
		WebSession again = new WebSession(this.mvc);
		again.post("/login", "username", two.inA().email(), "password", two.inA().password());
		assertThat(again.get("/mfa")).hasRedirectedUrl("/mfa/enrol");
		String page = again.get("/mfa/enrol").getResponse().getContentAsString();
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(secret.find()).isTrue();
		byte[] key = new Base32().decode(secret.group(1).replace(" ", ""));
		String wrong = Totp.codeAt(key, Instant.now()).equals("000000") ? "111111" : "000000";
		assertThat(again.post("/mfa/enrol", "code", wrong)).hasStatusOk()
			.bodyText()
			.contains("code-error")
			.contains("did not match")
			.contains(secret.group(1));
		assertThat(again.post("/mfa/enrol", "code", Totp.codeAt(key, Instant.now())))
			.hasRedirectedUrl("/mfa/recovery-codes");
		assertThat(again.get("/")).hasStatusOk();
		for (UUID practice : List.of(two.officerA().practiceId(), two.officerB().practiceId())) {
			assertThat(entries(practice, "mfa.totp-enrolled")).isNotEmpty();
		}
	}

	@Test
	void anOfficerWhoAdministersTheInstallationMayResetOnTheTeamPage() {
		TwoPractices two = twoPractices();
		this.members.installationAdmin(two.officerA());
		assertThat(this.mvc.get().uri("/practice/users").with(two.officerA().signedIn())).hasStatusOk()
			.bodyText()
			.doesNotContain("the installation administrator resets their second factor");
		assertThat(this.mvc.post()
			.uri("/practice/users/{id}/reset-second-factor", two.inA().userId())
			.with(csrf())
			.with(two.officerA().signedIn())).hasRedirectedUrl("/practice/users");
		assertThat(this.users.findById(two.inA().userId()).orElseThrow().hasTotp()).isFalse();
		assertThat(entries(two.officerB().practiceId(), "user.second-factor-reset")).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actorLabel()).contains(two.officerA().email());
				assertThat(entry.summary()).contains("by the installation administrator");
			});
	}

	private WebSession signInWithRecoveryCode(TestMember member, String code) {
		WebSession browser = new WebSession(this.mvc);
		browser.post("/login", "username", member.email(), "password", member.password());
		assertThat(browser.post("/mfa/recovery", "code", code)).hasRedirectedUrl("/");
		return browser;
	}

	private List<AuditEntry> entries(UUID practiceId, String action) {
		return this.audit.search(practiceId, new AuditFilter(null, null, action, null, null), 0);
	}

}
