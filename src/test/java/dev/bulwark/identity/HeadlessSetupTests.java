package dev.bulwark.identity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.CliTestSupport;
import dev.bulwark.practice.Practices;
import org.apache.commons.codec.binary.Base32;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark setup} on a fresh installation (the context and database of
 * {@link FirstRunSetupTests}, made not set up before the test).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "bulwark.test.context=first-run")
class HeadlessSetupTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Practices practices;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	UserAccountRepository users;

	@BeforeEach
	void anInstallationNotSetUp(@Autowired JdbcClient jdbc) {
		FirstRunSetupTests.notSetUp(jdbc);
	}

	@Test
	void theNameIsRequiredThenEveryProblemIsReportedThenSetUpPrintsTheAuthenticatorUriAndRecoveryCodes(
			@TempDir Path dir) throws Exception {
		Path weak = dir.resolve("weak");
		Files.writeString(weak, "short\n");
		StringWriter nameless = new StringWriter();
		CommandLine withoutName = CliTestSupport.commandLine(this.context);
		withoutName.setErr(new PrintWriter(nameless, true));
		assertThat(withoutName.execute("setup", "--practice", "Hill Optometry", "--admin-email", "kim@hill.example",
				"--admin-password-file", weak.toString()))
			.isNotZero();
		assertThat(nameless.toString()).contains("--admin-name");
		assertThat(this.practices.findByName("Hill Optometry")).isEmpty();

		StringWriter err = new StringWriter();
		CommandLine refused = CliTestSupport.commandLine(this.context);
		refused.setErr(new PrintWriter(err, true));
		assertThat(refused.execute("setup", "--practice", "Hill Optometry", "--admin-name", " ", "--admin-email",
				"kim-at-hill", "--admin-password-file", weak.toString()))
			.isNotZero();
		assertThat(err.toString()).contains("--admin-password-file: Use at least 12 characters")
			.contains("--admin-name: Enter your name")
			.contains("--admin-email: Enter a full e-mail address");
		assertThat(this.practices.findByName("Hill Optometry")).isEmpty();

		Path good = dir.resolve("good");
		Files.writeString(good, TestMembers.PASSWORD + "\n");
		StringWriter zoneErr = new StringWriter();
		CommandLine badZone = CliTestSupport.commandLine(this.context);
		badZone.setErr(new PrintWriter(zoneErr, true));
		assertThat(badZone.execute("setup", "--practice", "Hill Optometry", "--admin-name", "Kim Hill", "--admin-email",
				"kim@hill.example", "--admin-password-file", good.toString(), "--time-zone", "Central"))
			.isEqualTo(2);
		assertThat(zoneErr.toString()).contains("--time-zone: \"Central\" is not a time zone");
		assertThat(this.practices.findByName("Hill Optometry")).isEmpty();

		StringWriter out = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		assertThat(cli.execute("setup", "--practice", "Hill Optometry", "--admin-name", "Kim Hill", "--admin-email",
				"kim@hill.example", "--admin-password-file", good.toString(), "--time-zone", "america/chicago"))
			.isZero();
		String printed = out.toString();
		assertThat(printed).contains("Kim Hill <kim@hill.example>").contains("time zone America/Chicago");
		assertThat(this.practices.findByName("Hill Optometry").orElseThrow().zone())
			.isEqualTo(ZoneId.of("America/Chicago"));
		// The first account administers the installation; its name is the one given.
		UserAccount created = this.users.findByEmail("kim@hill.example").orElseThrow();
		assertThat(created.displayName()).isEqualTo("Kim Hill");
		assertThat(created.installationAdmin()).isTrue();
		Matcher uri = Pattern.compile("otpauth://totp/Bulwark:kim%40hill.example\\?secret=([A-Z2-7]+)&")
			.matcher(printed);
		assertThat(uri.find()).isTrue();
		assertThat(
				Pattern.compile("(?m)^  [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$").matcher(printed).results())
			.hasSize(10);

		// The printed secret really is the account's authenticator: its current code is
		// accepted.
		byte[] secret = new Base32().decode(uri.group(1));
		UserAccount kim = this.users.findByEmail("kim@hill.example").orElseThrow();
		assertThat(this.secondFactors.verifyTotp(kim, Totp.codeAt(secret, Instant.now())))
			.isEqualTo(SecondFactors.Outcome.ACCEPTED);

		StringWriter again = new StringWriter();
		CommandLine second = CliTestSupport.commandLine(this.context);
		second.setErr(new PrintWriter(again, true));
		assertThat(second.execute("setup", "--practice", "Other", "--admin-name", "Xavier", "--admin-email",
				"x@example.test", "--admin-password-file", good.toString()))
			.isNotZero();
		assertThat(again.toString()).contains("already set up");
	}

}
