package dev.bulwark.identity;

import java.util.concurrent.Callable;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.CliCommand;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code bulwark token create}: a personal API token for scripts, printed once. */
@Component
@Command(name = "create", mixinStandardHelpOptions = true,
		description = "Create a personal API token for a member of a practice; the token is printed once.")
class TokenCreateCommand implements Callable<Integer>, CliCommand {

	@Option(names = "--email", required = true, description = "The person the token acts as")
	String email;

	@Option(names = "--practice", required = true, description = "The practice the token works in")
	String practice;

	@Option(names = "--name", required = true, description = "A label, e.g. the script's name")
	String name;

	@Option(names = "--days", defaultValue = "90", description = "Days until it expires (default ${DEFAULT-VALUE})")
	int days;

	@Spec
	CommandSpec spec;

	private final Practices practices;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final ApiTokens tokens;

	TokenCreateCommand(Practices practices, UserAccountRepository users, MembershipRepository memberships,
			ApiTokens tokens) {
		this.practices = practices;
		this.users = users;
		this.memberships = memberships;
		this.tokens = tokens;
	}

	@Override
	public String parent() {
		return "token";
	}

	@Override
	public Integer call() {
		var err = this.spec.commandLine().getErr();
		PracticeDetails found = this.practices.findByName(this.practice).orElse(null);
		UserAccount user = this.users.findByEmail(this.email).filter(UserAccount::active).orElse(null);
		Role role = (found == null || user == null) ? null
				: this.memberships.activeRole(found.id(), user.id()).orElse(null);
		if (role == null) {
			err.println("No active member " + this.email + " in a practice named \"" + this.practice + "\".");
			return 2;
		}
		try {
			ApiTokens.Created created = this.tokens.create(found.id(), user.id(), IdentityAudit.person(user), this.name,
					this.days);
			this.spec.commandLine().getOut().println(created.token());
			err.println("Token \"" + created.summary().name() + "\" for " + user.email() + " (" + role.label() + ") in "
					+ found.name() + ", expires "
					+ java.time.LocalDate.ofInstant(created.summary().expiresAt(), found.zone()) + " ("
					+ found.zone().getId() + "). It is shown only now.");
			return 0;
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((field, message) -> err.println("--" + field + ": " + message));
			return 2;
		}
	}

}
