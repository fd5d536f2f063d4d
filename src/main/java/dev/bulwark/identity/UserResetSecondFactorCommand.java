package dev.bulwark.identity;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.bulwark.practice.Practices;
import dev.bulwark.shared.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code bulwark user reset-second-factor}: the installation administrator, on the
 * server, resets the second factor of a person of any practice (the practices' own
 * officers may not when the person belongs to several). Running it needs the server's
 * shell and database, which is what administering the installation means.
 */
@Component
@Command(name = "reset-second-factor", mixinStandardHelpOptions = true,
		description = "Remove a person's authenticator, recovery codes and passkeys and end their sessions; they set "
				+ "up a new authenticator at their next sign-in. Recorded in every practice they belong to.")
class UserResetSecondFactorCommand implements Callable<Integer>, CliCommand {

	@Option(names = "--email", required = true, description = "The person's e-mail address")
	String email;

	@Spec
	CommandSpec spec;

	private final UserAdministration administration;

	private final Practices practices;

	UserResetSecondFactorCommand(UserAdministration administration, Practices practices) {
		this.administration = administration;
		this.practices = practices;
	}

	@Override
	public String parent() {
		return "user";
	}

	@Override
	public Integer call() {
		Optional<UserAdministration.ServerReset> reset = this.administration.resetOnServer(this.email);
		if (reset.isEmpty()) {
			this.spec.commandLine().getErr().println("No account with the e-mail address " + this.email + ".");
			return 2;
		}
		String names = this.practices.all(reset.get().practiceIds())
			.stream()
			.map((practice) -> practice.name())
			.sorted()
			.collect(Collectors.joining(", "));
		var out = this.spec.commandLine().getOut();
		out.println("Second factor of " + reset.get().person() + " reset: authenticator, recovery codes and passkeys "
				+ "removed; " + reset.get().sessionsEnded() + " session(s) ended.");
		out.println("They set up a new authenticator at their next sign-in. Recorded in the audit trail of: "
				+ (names.isEmpty() ? "the installation" : names) + ".");
		return 0;
	}

}
