package dev.bulwark;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Bulwark: self-hosted HIPAA Security Rule compliance for small practices.
 * <p>
 * {@code java -jar bulwark.jar} (or {@code serve}) runs the web application;
 * {@code setup}, {@code token} and {@code audit} run a command against the same database
 * and exit (see {@link CommandLineLauncher}).
 * <p>
 * {@code @EnableAsync} makes modules' {@code @ApplicationModuleListener}s run after the
 * publisher's commit on their own thread, so a reaction (a risk proposed from an
 * inventory gap) never slows down or fails the change that caused it.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class BulwarkApplication {

	static final Set<String> COMMANDS = Set.of("setup", "token", "audit", "user", "demo", "practice");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(CommandLineLauncher.run(args));
		}
		String[] serverArgs = args.length > 0 && "serve".equals(args[0])
				? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
		SpringApplication.run(BulwarkApplication.class, serverArgs);
	}

}
