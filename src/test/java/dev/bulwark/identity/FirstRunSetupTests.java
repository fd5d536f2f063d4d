package dev.bulwark.identity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import dev.bulwark.WebSession;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.TimeZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First-run set-up on a database of its own (a context shared with
 * {@link HeadlessSetupTests}): only from the server itself or with the logged set-up
 * code, with password rules, exactly once; the command line refuses afterwards. Each test
 * starts from an installation that is not set up (earlier tests' practices stay, under
 * other names), so the tests run in any order.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "bulwark.test.context=first-run")
class FirstRunSetupTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SetupCode setupCode;

	@Autowired
	Practices practices;

	@Autowired
	AuditTrail audit;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void anInstallationNotSetUp() {
		notSetUp(this.jdbc);
	}

	/** Makes the installation one that is not set up yet. */
	static void notSetUp(JdbcClient jdbc) {
		jdbc.sql("delete from installation").update();
	}

	@Test
	void aFreshInstanceSendsEveryoneToSetUp() {
		assertThat(this.mvc.get().uri("/login")).hasRedirectedUrl("/setup");
		assertThat(this.mvc.get().uri("/setup")).hasStatusOk().bodyText().contains("Practice name");
	}

	@Test
	void theSetUpPageOffersTimeZonesWithTheServersPreselectedAndAScriptForTheBrowsers() {
		String server = TimeZones.serverDefault().getId();
		assertThat(this.mvc.get().uri("/setup")).bodyText()
			.contains("<select id=\"timeZone\" name=\"timeZone\"")
			.contains("data-preselect-browser-zone=\"true\"")
			.contains("<option value=\"" + server + "\" selected=\"selected\"")
			.contains("<option value=\"America/Chicago\">Central time (America/Chicago)</option>")
			.contains("<script src=\"/js/time-zone.js\" defer></script>");
		assertThat(this.mvc.get().uri("/js/time-zone.js")).hasStatusOk().bodyText().contains("Intl.DateTimeFormat");
	}

	@Test
	void setUpFromAnotherMachineNeedsTheLoggedCode() {
		WebSession remote = new WebSession(this.mvc).from("203.0.113.9");
		assertThat(remote.get("/setup")).bodyText().contains("Set-up code");
		MvcTestResult refused = remote.post("/setup", "practiceName", "Remote Clinic", "name", "Mallory", "email",
				"mallory@example.test", "password", TestMembers.PASSWORD, "confirmPassword", TestMembers.PASSWORD,
				"setupCode", "wrong-code-here");
		assertThat(refused).hasStatusOk().bodyText().contains("set-up code printed in the server");
		assertThat(this.practices.findByName("Remote Clinic")).isEmpty();
	}

	@Test
	void aWeakPasswordIsRefusedWithAReasonNextToTheField() {
		MvcTestResult weak = new WebSession(this.mvc).post("/setup", "practiceName", "Lake Dental", "name", "Lee",
				"email", "lee@lake.example", "password", "password1234", "confirmPassword", "password1234");
		assertThat(weak).hasStatusOk().bodyText().contains("password-error").contains("breach");
		assertThat(this.practices.findByName("Lake Dental")).isEmpty();
	}

	@Test
	void everyProblemIsReportedAtOnceAndThePasswordsStayWhenNotAtFault() throws Exception {
		MvcTestResult result = new WebSession(this.mvc).post("/setup", "practiceName", " ", "name", "", "email",
				"not-an-address", "password", TestMembers.PASSWORD, "confirmPassword", TestMembers.PASSWORD);
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("practiceName-error")
			.contains("Enter the practice")
			.contains("name-error")
			.contains("Enter your name")
			.contains("email-error")
			.contains("full e-mail address");
		String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.split("value=\"" + TestMembers.PASSWORD + "\"", -1)).as("both password fields kept").hasSize(3);

		MvcTestResult weak = new WebSession(this.mvc).post("/setup", "practiceName", "", "name", "Lee", "email",
				"lee@lake.example", "password", "password1234", "confirmPassword", "password1234");
		assertThat(weak).hasStatusOk()
			.bodyText()
			.contains("practiceName-error")
			.contains("password-error")
			.doesNotContain("value=\"password1234\"");
		assertThat(this.practices.findByName("Lake Dental")).isEmpty();
	}

	@Test
	void mismatchedPasswordsAreRefused() {
		MvcTestResult mismatch = new WebSession(this.mvc).post("/setup", "practiceName", "Lake Dental", "name", "Lee",
				"email", "lee@lake.example", "password", TestMembers.PASSWORD, "confirmPassword",
				"something else entirely");
		assertThat(mismatch).hasStatusOk().bodyText().contains("not the same");
	}

	@Test
	void anUnknownTimeZoneIsRefusedNextToItsFieldAndKeepsTheRest() {
		MvcTestResult refused = new WebSession(this.mvc).post("/setup", "practiceName", "Lake Dental", "timeZone",
				"Mars/Olympus", "name", "Lee", "email", "lee@lake.example", "password", TestMembers.PASSWORD,
				"confirmPassword", TestMembers.PASSWORD);
		assertThat(refused).hasStatusOk()
			.hasViewName("identity/setup")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("timeZone");
		assertThat(refused).bodyText()
			.contains("id=\"timeZone-error\"")
			.contains("is not a time zone Bulwark knows")
			.contains("value=\"Lake Dental\"")
			// The page does not ask the browser to override what the person chose.
			.doesNotContain("data-preselect-browser-zone");
		assertThat(this.practices.findByName("Lake Dental")).isEmpty();
	}

	@Test
	void theSetUpCodeAllowsSetUpFromElsewhereAndLeadsToAuthenticatorEnrolment() {
		WebSession remote = new WebSession(this.mvc).from("203.0.113.9");
		remote.get("/setup");
		String code = (String) org.springframework.test.util.ReflectionTestUtils.getField(this.setupCode, "code");
		MvcTestResult done = remote.post("/setup", "practiceName", "Ridge Dental", "name", "Lee Park", "email",
				"Lee@Lake.Example", "password", TestMembers.PASSWORD, "confirmPassword", TestMembers.PASSWORD,
				"setupCode", code.toUpperCase(), "timeZone", "America/Denver");
		assertThat(done).hasRedirectedUrl("/mfa/enrol");
		assertThat(remote.get("/mfa/enrol")).hasStatusOk().bodyText().contains("Set up your authenticator app");
		assertThat(remote.get("/").getResponse().getRedirectedUrl()).contains("/mfa");
		var practice = this.practices.findByName("ridge dental").orElseThrow();
		assertThat(practice.zone()).isEqualTo(ZoneId.of("America/Denver"));
		assertThat(this.audit.search(practice.id(), AuditFilter.none(), 0))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("setup.completed"));
	}

	@Test
	void setUpHappensOnlyOnce() {
		assertThat(new WebSession(this.mvc).post("/setup", "practiceName", "Once Clinic", "name", "Olga Once", "email",
				"olga@once.example", "password", TestMembers.PASSWORD, "confirmPassword", TestMembers.PASSWORD))
			.hasRedirectedUrl("/mfa/enrol");
		assertThat(this.mvc.get().uri("/setup")).hasRedirectedUrl("/login");
		MvcTestResult again = new WebSession(this.mvc).post("/setup", "practiceName", "Second", "name", "Eve", "email",
				"eve@example.test", "password", TestMembers.PASSWORD, "confirmPassword", TestMembers.PASSWORD);
		assertThat(again).hasRedirectedUrl("/login");
		assertThat(this.practices.findByName("Second")).isEmpty();
	}

	@Test
	void theCommandLineRefusesWhenAlreadySetUp(@TempDir Path dir) throws Exception {
		this.jdbc.sql("insert into installation (id, set_up_at) values (1, current_timestamp)").update();
		Path passwordFile = dir.resolve("pw");
		Files.writeString(passwordFile, TestMembers.PASSWORD + "\n");
		StringWriter err = new StringWriter();
		CommandLine cli = dev.bulwark.CliTestSupport.commandLine(this.context);
		cli.setErr(new PrintWriter(err, true));
		int exit = cli.execute("setup", "--practice", "Other", "--admin-name", "Olive Other", "--admin-email",
				"o@example.test", "--admin-password-file", passwordFile.toString());
		assertThat(exit).isNotZero();
		assertThat(err.toString()).contains("already set up");
		assertThat(this.practices.findByName("Other")).isEmpty();
	}

}
