package dev.bulwark.web;

import java.net.HttpURLConnection;
import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted reverse proxy Bulwark speaks plain HTTP, but only to requests that the
 * proxy received over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bulwark.test.context=proxy", "server.address=0.0.0.0",
		"bulwark.server.trusted-proxies=127.0.0.1" })
class TrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void acceptsRequestsTheProxyReceivedOverHttps() throws Exception {
		HttpURLConnection viaProxy = connect("/login");
		viaProxy.setRequestProperty("X-Forwarded-Proto", "https");
		assertThat(viaProxy.getResponseCode()).isIn(200, 302);
		assertThat(viaProxy.getHeaderField("Strict-Transport-Security")).isNotNull();
	}

	@Test
	void refusesPlainHttpThatDidNotComeThroughTheProxyOverHttps() throws Exception {
		assertThat(connect("/login").getResponseCode()).isEqualTo(403);
		HttpURLConnection forwardedPlain = connect("/login");
		forwardedPlain.setRequestProperty("X-Forwarded-Proto", "http");
		assertThat(forwardedPlain.getResponseCode()).isEqualTo(403);
	}

	@Test
	void healthChecksStillWork() throws Exception {
		assertThat(connect("/actuator/health").getResponseCode()).isEqualTo(200);
	}

	private HttpURLConnection connect(String path) throws Exception {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + this.port + path)
			.toURL()
			.openConnection();
		connection.setInstanceFollowRedirects(false);
		return connection;
	}

}
