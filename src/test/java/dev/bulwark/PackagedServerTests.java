package dev.bulwark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as the README runs it: {@code bin/bulwark} on the packaged jar, which makes
 * its start-up archive, finds the build-time bean definitions (Spring AOT, ADR 0031) and
 * starts with them. Runs after {@code package} (the {@code packaged} surefire execution),
 * on the JDK running the tests. Proves that the generated definitions give a working,
 * secured server and that a command still runs with the same script.
 */
@Tag("packaged")
class PackagedServerTests {

	private static final Path JAR = Path.of("target/bulwark.jar").toAbsolutePath();

	@TempDir
	Path work;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theReadmeCommandStartsTheAotServerAndCommandsStillRun() throws Exception {
		assertThat(JAR).as("run ./mvnw package first").exists();
		Path data = this.work.resolve("data");
		int port = freePort();
		Path log = this.work.resolve("server.log");
		Process server = bulwark(data, log, "--server.port=" + port);
		try {
			String base = "http://127.0.0.1:" + port;
			awaitHealthy(server, base, log);

			assertThat(Files.readString(log)).contains("Starting AOT-processed BulwarkApplication")
				.doesNotContain("Mail health check failed")
				.doesNotContain(" ERROR ");
			assertThat(data.resolve("cds/aot")).exists();
			try (Stream<Path> files = Files.list(data.resolve("cds"))) {
				assertThat(files.map(Path::toString)).anyMatch((name) -> name.endsWith(".jsa"));
			}
			// The training start answered its own first requests (so their classes are in
			// the archive) and then stopped by itself.
			assertThat(Files.readString(data.resolve("cds/training.log")))
				.contains("Start-up training done: 8 of 8 requests answered")
				.doesNotContain(" ERROR ");

			// Signed out, a page leads to sign-in, and sign-in to set-up on a fresh
			// installation: a real page with a CSRF token and the strict headers.
			assertThat(get(base + "/").headers().firstValue("Location")).hasValue(base + "/login");
			assertThat(get(base + "/login").headers().firstValue("Location")).hasValue(base + "/setup");
			HttpResponse<String> setup = get(base + "/setup");
			assertThat(setup.statusCode()).isEqualTo(200);
			assertThat(setup.body()).contains("name=\"_csrf\"");
			assertThat(setup.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
			assertThat(setup.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(get(base + "/api/v1/me").statusCode()).isEqualTo(401);
			assertThat(get(base + "/css/bulwark.css").statusCode()).isEqualTo(200);
		}
		finally {
			server.destroy();
			assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("server stops").isTrue();
		}

		// The same script and archive run a command: no web server, so no generated
		// definitions.
		runCommand(data, "audit", "verify");

		// The generated definitions hold method security's @PreAuthorize
		// advisor and not the ones Bulwark removes (ADR 0032). A headless
		// set-up and a token, then a restart: API calls pass @Permitted
		// under the generated definitions.
		String registrations = Files.readString(Path
			.of("target/spring-aot/main/sources/dev/bulwark/BulwarkApplication__BeanFactoryRegistrations.java"));
		assertThat(registrations).contains("\"preAuthorizeAuthorizationAdvisor\"")
			.doesNotContain("\"postAuthorizeAuthorizationAdvisor\"", "\"preFilterAuthorizationAdvisor\"",
					"\"postFilterAuthorizationAdvisor\"", "\"authorizeReturnObjectAdvisor\"");
		Path password = Files.writeString(this.work.resolve("password"), "correct horse battery staple");
		runCommand(data, "setup", "--practice=Lake Dental", "--admin-name=Lee Lake", "--admin-email=lee@lake.example",
				"--admin-password-file=" + password);
		String token = runCommand(data, "token", "create", "--practice=Lake Dental", "--email=lee@lake.example",
				"--name=packaged")
			.lines()
			.filter((line) -> line.startsWith("bwk_"))
			.findFirst()
			.orElseThrow();
		Path restartLog = this.work.resolve("restart.log");
		Process again = bulwark(data, restartLog, "--server.port=" + port);
		try {
			String base = "http://127.0.0.1:" + port;
			awaitHealthy(again, base, restartLog);
			assertThat(Files.readString(restartLog)).contains("Starting AOT-processed BulwarkApplication");
			assertThat(get(base + "/api/v1/me", token).statusCode()).isEqualTo(200);
			assertThat(get(base + "/api/v1/assets", token).statusCode()).isEqualTo(200);
			// The first officer also administers the installation (MSP portfolio).
			assertThat(get(base + "/api/v1/portfolio", token).statusCode()).isEqualTo(200);
		}
		finally {
			again.destroy();
			assertThat(again.waitFor(60, TimeUnit.SECONDS)).as("server stops").isTrue();
		}
	}

	private String runCommand(Path data, String... arguments) throws Exception {
		Path log = Files.createTempFile(this.work, "command", ".log");
		Process command = bulwark(data, log, arguments);
		assertThat(command.waitFor(180, TimeUnit.SECONDS)).as("command finishes").isTrue();
		String output = Files.readString(log);
		assertThat(command.exitValue()).as(output).isZero();
		return output;
	}

	private Process bulwark(Path data, Path log, String... arguments) throws IOException {
		List<String> line = new ArrayList<>(List.of("bash", "bin/bulwark"));
		line.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("BULWARK_JAR", JAR.toString());
		env.put("BULWARK_DATA_DIR", data.toString());
		// bin/bulwark uses the java on the PATH: make it the JDK running this test (17 or
		// 25 in CI).
		env.put("PATH",
				Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
		return builder.start();
	}

	private void awaitHealthy(Process server, String base, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			assertThat(server.isAlive()).as("server exited:%n%s", Files.readString(log)).isTrue();
			try {
				HttpResponse<String> health = get(base + "/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no healthy server within 240 s:\n" + Files.readString(log));
	}

	private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token));
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
