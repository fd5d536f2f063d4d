package dev.bulwark.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.bulwark.shared.CliCommand;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;
import dev.bulwark.shared.TimeZones;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code bulwark setup}: first-run set-up without a browser. The password is read from a
 * file so it never appears in the process list or shell history; the authenticator secret
 * and recovery codes are printed once, for the security officer to store.
 */
@Component
@Command(name = "setup", mixinStandardHelpOptions = true,
		description = "Create the first practice and its security officer, who administers the installation "
				+ "(only on a new installation).")
class SetupCommand implements Callable<Integer>, CliCommand {

	@Option(names = "--practice", required = true, description = "The practice's name")
	String practice;

	@Option(names = "--admin-name", required = true,
			description = "The security officer's full name, as it will appear on reports and sign-offs")
	String name;

	@Option(names = "--time-zone", paramLabel = "Area/City",
			description = "The practice's time zone, such as America/Chicago (defaults to the server's zone)")
	String timeZone;

	@Option(names = "--admin-email", required = true, description = "The security officer's e-mail address")
	String email;

	@Option(names = "--admin-password-file", required = true,
			description = "A file holding the security officer's password (first line)")
	Path passwordFile;

	@Spec
	CommandSpec spec;

	private final FirstRunSetup setup;

	private final SecondFactors secondFactors;

	private final UserAccountRepository users;

	SetupCommand(FirstRunSetup setup, SecondFactors secondFactors, UserAccountRepository users) {
		this.setup = setup;
		this.secondFactors = secondFactors;
		this.users = users;
	}

	@Override
	public Integer call() {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		if (this.setup.done()) {
			err.println(
					"Bulwark is already set up; nothing was changed. Sign in, or invite people from the Team page.");
			return 2;
		}
		String zone = (this.timeZone != null) ? this.timeZone : TimeZones.serverDefault().getId();
		if (TimeZones.parse(zone).isEmpty()) {
			err.println("--time-zone: " + TimeZones.problem(zone)
					+ " The names are those of the IANA time-zone database (Area/City).");
			return 2;
		}
		String password;
		try {
			List<String> lines = Files.readAllLines(this.passwordFile, StandardCharsets.UTF_8);
			password = lines.isEmpty() ? "" : lines.get(0);
		}
		catch (IOException ex) {
			err.println("Cannot read the password file " + this.passwordFile + ".");
			return 2;
		}
		FirstRunSetup.Result result;
		try {
			result = this.setup
				.run(new FirstRunSetup.Request(this.practice, zone, this.name, this.email, password, null, true));
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((field, message) -> err.println(option(field) + ": " + message));
			return 2;
		}
		catch (StateConflictException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		UserAccount user = this.users.findById(result.userId()).orElseThrow();
		SecondFactors.Enrolment enrolment = this.secondFactors.enrolUnconfirmed(user);
		out.println("Practice \"" + this.practice.trim() + "\" created with security officer " + user.displayName()
				+ " <" + result.email() + ">, who also administers this installation; time zone "
				+ TimeZones.parse(zone).orElseThrow().getId() + ".");
		out.println();
		out.println("Add this account to an authenticator app (scan or paste the URI):");
		out.println(enrolment.otpauthUri());
		out.println("Secret: " + enrolment.secret());
		out.println();
		out.println(
				"Recovery codes (each works once if the phone is lost; store them safely, they are not shown again):");
		enrolment.recoveryCodes().forEach((code) -> out.println("  " + code));
		return 0;
	}

	private static String option(String field) {
		return switch (field) {
			case "practiceName" -> "--practice";
			case "email" -> "--admin-email";
			case "password" -> "--admin-password-file";
			case "name" -> "--admin-name";
			case "timeZone" -> "--time-zone";
			default -> field;
		};
	}

}
