package dev.bulwark;

import java.util.Arrays;

import dev.bulwark.shared.CliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one command-line sub-command inside a Spring context without the web server,
 * against the same database and data directory as the server. Commands are contributed by
 * modules as {@link CliCommand} beans. Output goes through picocli's writers; the exit
 * code is the command's.
 */
final class CommandLineLauncher {

	@Command(name = "bulwark", mixinStandardHelpOptions = true,
			description = "Bulwark HIPAA Security Rule compliance. Without a command, runs the server.")
	static final class Root {

	}

	@Command(mixinStandardHelpOptions = true)
	static final class Group {

	}

	private CommandLineLauncher() {
	}

	static int run(String[] args) {
		// The build-time bean definitions (Spring AOT, ADR 0031) are for the web server;
		// bin/bulwark passes the same JVM options to a command, which runs without a web
		// server, so it takes the ordinary start-up path.
		System.clearProperty(AotDetector.AOT_ENABLED);
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(BulwarkApplication.class).web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.dev.bulwark=WARN",
						"spring.main.log-startup-info=false")
				.run(Arrays.stream(args)
					.filter((arg) -> arg.startsWith("--spring.") || arg.startsWith("--bulwark."))
					.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			String cause = rootCause(ex);
			new CommandLine(new Root()).getErr()
				.println(cause.contains("already in use")
						? "The embedded database is in use by a running Bulwark server. Stop the server first "
								+ "(or use PostgreSQL, which both can share)."
						: "Bulwark could not start for this command: " + cause);
			return 3;
		}
		try (context) {
			return commandLine(context).execute(Arrays.stream(args)
				.filter((arg) -> !arg.startsWith("--spring.") && !arg.startsWith("--bulwark."))
				.toArray(String[]::new));
		}
	}

	static CommandLine commandLine(ConfigurableApplicationContext context) {
		CommandLine root = new CommandLine(new Root());
		for (CliCommand command : context.getBeansOfType(CliCommand.class).values()) {
			CommandLine parent = root;
			// A parent may be a path of groups, e.g. "audit checkpoint" for "audit
			// checkpoint export".
			for (String group : command.parent().trim().split("\\s+")) {
				if (group.isEmpty()) {
					continue;
				}
				CommandLine existing = parent.getSubcommands().get(group);
				if (existing == null) {
					existing = new CommandLine(new Group());
					parent.addSubcommand(group, existing);
				}
				parent = existing;
			}
			parent.addSubcommand(new CommandLine(command));
		}
		return root;
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		// H2 names the lock in its message; anything else is reported by type only (no
		// data in output).
		return message.contains("already in use") ? "already in use" : cause.getClass().getSimpleName();
	}

}
