package dev.bulwark.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training start {@code bin/bulwark} runs to make its class-data-sharing archive
 * ({@code -Dbulwark.startup-training=true}): once the server is up, it asks itself for
 * what the first minutes of a real start ask for (the health check, the sign-in and
 * set-up pages, the stylesheet, an API call), waits for the report renderer's warm-up,
 * and exits. The JVM archives every class loaded until then, so a real start no longer
 * parses and verifies them while it answers its first requests and renders the warm-up
 * report (ADR 0032). Without the setting it does nothing.
 * <p>
 * Always defined and switched by reading the setting here, not by a condition: the
 * build-time bean definitions fix conditions when the jar is built.
 */
@Component
class StartupTraining {

	static final String SETTING = "bulwark.startup-training";

	/** What the first requests of a real start ask for, all answerable signed out. */
	static final List<String> PATHS = List.of("/actuator/health", "/", "/login", "/setup", "/css/bulwark.css",
			"/js/bulwark.js", "/favicon.svg", "/api/v1/me");

	/**
	 * The report renderer's warm-up thread (assessment module), which the archive should
	 * cover too.
	 */
	static final String WARM_UP_THREAD = "report-warm-up";

	private static final Logger logger = LoggerFactory.getLogger(StartupTraining.class);

	private final Environment environment;

	StartupTraining(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void train(ApplicationReadyEvent event) {
		if (!this.environment.getProperty(SETTING, Boolean.class, false)
				|| !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		// On a thread of its own, so that the other ready listeners
		// (the warm-up among them) run first, whatever their order.
		Thread thread = new Thread(() -> trainAndExit(web), "startup-training");
		thread.start();
	}

	private void trainAndExit(WebServerApplicationContext context) {
		int status = 0;
		try {
			int answered = request("http://127.0.0.1:" + context.getWebServer().getPort());
			awaitWarmUp();
			logger.info("Start-up training done: {} of {} requests answered", answered, PATHS.size());
		}
		catch (RuntimeException ex) {
			logger.warn("Start-up training failed: {}", ex.getClass().getName());
			status = 1;
		}
		finally {
			System.exit(Math.max(status, exitCode(context)));
		}
	}

	private static int request(String base) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		int answered = 0;
		for (String path : PATHS) {
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() < 500) {
					answered++;
				}
			}
			catch (IOException ex) {
				logger.warn("Start-up training: no answer for {}: {}", path, ex.getClass().getName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return answered;
	}

	/**
	 * Waits for the warm-up thread if it is still running (the renderer starts one unless
	 * {@code bulwark.report.warm-up} is off).
	 */
	private static void awaitWarmUp() {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (WARM_UP_THREAD.equals(thread.getName())) {
				try {
					thread.join(Duration.ofMinutes(2).toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	private static int exitCode(ApplicationContext context) {
		try {
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

}
