package dev.bulwark.practice;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.bulwark.BulwarkApplication;
import dev.bulwark.TestDatabaseEnvironment;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Bulwark nodes on one database with no sticky sessions (PostgreSQL in the second
 * test pass; on H2 both nodes share one in-memory database in this JVM): a session signed
 * in on one node works on the other (sessions live in the database), and the daily tick
 * run by both nodes at the same moment announces a practice's day once. Real HTTP on
 * loopback ports, two application contexts.
 */
class TwoNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("BULWARK_SESSION=([^;]+)");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws IOException {
		String name = "bulwark_test_" + (System.currentTimeMillis() / 1000) + "_nodes_"
				+ UUID.randomUUID().toString().substring(0, 8);
		boolean postgres = TestDatabaseEnvironment.isPostgres();
		String url = postgres ? TestDatabaseEnvironment.createPostgresDatabase(name) : "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		Map<String, Object> properties = Map.of("bulwark.test.keep-environment", "true", "spring.datasource.url", url,
				"spring.datasource.username", postgres ? TestDatabaseEnvironment.pgUser() : "sa",
				"spring.datasource.password", "", "spring.datasource.hikari.maximum-pool-size", "4",
				"spring.datasource.hikari.minimum-idle", "1", "bulwark.data-dir",
				Files.createTempDirectory("bulwark-nodes-").toString(), "server.port", "0", "server.address",
				"127.0.0.1", "bulwark.report.warm-up", "false");
		first = node(properties);
		second = node(properties);
	}

	private static ConfigurableApplicationContext node(Map<String, Object> properties) {
		// As command-line arguments: they take precedence over application.properties
		// (server.port=8080), which default properties would not.
		return new SpringApplicationBuilder(BulwarkApplication.class, TestMembers.class).run(properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionSignedInOnOneNodeWorksOnTheOther() throws Exception {
		TestMember officer = first.getBean(TestMembers.class).newPractice(Role.SECURITY_OFFICER);
		String session = signIn(port(first), officer);

		HttpResponse<String> onSecond = get(port(second), "/", session);
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains(officer.practiceName());
		// Without the cookie the same request is sent to sign in: the session is what
		// the second node recognised.
		HttpResponse<String> anonymous = get(port(second), "/", null);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
		// And back on the first node, after the second served it.
		assertThat(get(port(first), "/", session).statusCode()).isEqualTo(200);
	}

	@Test
	void theDailyTickRunOnBothNodesAtOnceAnnouncesAPracticesDayOnce() throws Exception {
		Practices practices = first.getBean(Practices.class);
		PracticeDetails practice = practices.create("Two nodes " + UUID.randomUUID().toString().substring(0, 8));
		// As if yesterday's day had been announced and today's is due.
		first.getBean(JdbcClient.class)
			.sql("update practice set last_tick_date = :d where id = :p")
			.param("d", practices.today(practice.id()).minusDays(1))
			.param("p", practice.id())
			.update();
		List<PracticeDayBegan> began = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof PracticeDayBegan day && day.practiceId().equals(practice.id())) {
				began.add(day);
			}
		};
		first.addApplicationListener(listener);
		second.addApplicationListener(listener);
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Optional<Integer>>> runs = List.of(pool.submit(() -> first.getBean(DailyTick.class).run()),
					pool.submit(() -> second.getBean(DailyTick.class).run()),
					pool.submit(() -> first.getBean(DailyTick.class).run()),
					pool.submit(() -> second.getBean(DailyTick.class).run()));
			for (Future<Optional<Integer>> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
			first.removeApplicationListener(listener);
			second.removeApplicationListener(listener);
		}
		assertThat(began).containsExactly(
				new PracticeDayBegan(practice.id(), practices.today(practice.id()), practices.zone(practice.id())));
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	/** Password, then the authenticator code, through the real sign-in pages. */
	private String signIn(int port, TestMember member) throws Exception {
		HttpResponse<String> login = get(port, "/login", null);
		String session = cookie(login, null);
		HttpResponse<String> password = post(port, "/login", session,
				Map.of("username", member.email(), "password", member.password(), "_csrf", csrf(login.body())));
		session = cookie(password, session);
		assertThat(password.headers().firstValue("Location").orElse("")).contains("/mfa");
		HttpResponse<String> mfa = get(port, "/mfa", session);
		session = cookie(mfa, session);
		HttpResponse<String> code = post(port, "/mfa/totp", session,
				Map.of("code", member.currentCode(), "_csrf", csrf(mfa.body())));
		assertThat(code.statusCode()).isEqualTo(302);
		assertThat(code.headers().firstValue("Location").orElse("")).doesNotContain("/mfa").doesNotContain("/login");
		return cookie(code, session);
	}

	private HttpResponse<String> get(int port, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (session != null) {
			request.header("Cookie", "BULWARK_SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String session, Map<String, String> form)
			throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "BULWARK_SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response, String current) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION.matcher(header);
			if (matcher.find() && !matcher.group(1).isEmpty()) {
				return matcher.group(1);
			}
		}
		return current;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

}
