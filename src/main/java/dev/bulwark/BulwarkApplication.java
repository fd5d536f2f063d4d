package dev.bulwark;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

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

	/** The name {@code @Async} looks for among several executors. */
	public static final String LISTENER_EXECUTOR = "taskExecutor";

	/**
	 * The threads that run {@code @ApplicationModuleListener}s: a few, the rest of the
	 * events queued (each is also recorded in the event publication registry, so nothing
	 * queued is lost in a crash). Without this bean Spring found several executors and
	 * fell back to a new thread per event: a daily tick over hundreds of practices ran
	 * hundreds of listeners at once, each holding a database connection while some waited
	 * for a second one (a transaction of their own inside the listener's), and the pool
	 * stayed exhausted until its timeout. With fewer listener threads than pooled
	 * connections ({@code bulwark.events.threads}, default 4; the pool holds 10), a
	 * listener that needs a second connection always gets one.
	 */
	@Bean(name = LISTENER_EXECUTOR, destroyMethod = "shutdown")
	static ThreadPoolTaskExecutor listenerExecutor(@Value("${bulwark.events.threads:4}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("events-");
		executor.initialize();
		return executor;
	}

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(CommandLineLauncher.run(args));
		}
		String[] serverArgs = args.length > 0 && "serve".equals(args[0])
				? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
		SpringApplication.run(BulwarkApplication.class, serverArgs);
	}

}
