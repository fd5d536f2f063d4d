package dev.bulwark;

import picocli.CommandLine;

import org.springframework.context.ConfigurableApplicationContext;

/** Lets tests in any package run the command line against their Spring context. */
public final class CliTestSupport {

	private CliTestSupport() {
	}

	public static CommandLine commandLine(ConfigurableApplicationContext context) {
		return CommandLineLauncher.commandLine(context);
	}

}
