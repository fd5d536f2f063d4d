package dev.bulwark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.CliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
		Map<String, List<CliCommand>> byParent = new LinkedHashMap<>();
		for (CliCommand command : context.getBeansOfType(CliCommand.class).values()) {
			byParent.computeIfAbsent(command.parent(), (parent) -> new ArrayList<>()).add(command);
		}
		for (CliCommand command : byParent.getOrDefault("", List.of())) {
			root.addSubcommand(new CommandLine(command));
		}
		byParent.forEach((parent, commands) -> {
			if (parent.isEmpty()) {
				return;
			}
			CommandLine group = new CommandLine(new Group());
			for (CliCommand command : commands) {
				group.addSubcommand(new CommandLine(command));
			}
			root.addSubcommand(parent, group);
		});
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
