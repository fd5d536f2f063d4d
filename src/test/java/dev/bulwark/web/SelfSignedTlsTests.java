package dev.bulwark.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bound to every interface without a configured certificate, Bulwark generates a
 * self-signed certificate, serves HTTPS only, and refuses plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bulwark.test.context=tls", "server.address=0.0.0.0" })
class SelfSignedTlsTests {

	@LocalServerPort
	int port;

	@Value("${bulwark.data-dir}")
	Path dataDir;

	@Autowired
	Clock clock;

	@Test
	void servesHttpsWithAGeneratedCertificateAndStrictTransportSecurity() throws Exception {
		assertThat(Files.exists(this.dataDir.resolve("tls/bulwark-self-signed.p12"))).isTrue();
		HttpsURLConnection https = (HttpsURLConnection) URI.create("https://127.0.0.1:" + this.port + "/login")
			.toURL()
			.openConnection();
		https.setSSLSocketFactory(trustAll().getSocketFactory());
		https.setHostnameVerifier((host, session) -> true);
		https.setInstanceFollowRedirects(false);
		https.connect();
		X509Certificate certificate = (X509Certificate) https.getServerCertificates()[0];
		assertThat(certificate.getSubjectX500Principal().getName()).contains("Bulwark self-signed");
		assertThat(https.getResponseCode()).isIn(200, 302);
		assertThat(https.getHeaderField("Strict-Transport-Security")).contains("max-age=");
		String cookie = https.getHeaderField("Set-Cookie");
		if (cookie != null) {
			assertThat(cookie).contains("Secure").contains("HttpOnly");
		}
	}

	@Test
	void refusesPlainHttp() {
		Throwable failure = catchThrowable(() -> {
			HttpURLConnection plain = (HttpURLConnection) URI.create("http://127.0.0.1:" + this.port + "/login")
				.toURL()
				.openConnection();
			plain.setInstanceFollowRedirects(false);
			int status = plain.getResponseCode();
			if (status == 200 || status == 302) {
				throw new AssertionError("plain HTTP was served: " + status);
			}
			throw new IOException("refused with " + status);
		});
		assertThat(failure).isInstanceOf(IOException.class);
	}

	@Test
	void reusesTheSameCertificateOnTheNextStart() throws Exception {
		SelfSignedCertificate certificate = new SelfSignedCertificate(this.dataDir, this.clock);
		String password = certificate.ensure("0.0.0.0");
		String first = certificate.fingerprint(password);
		assertThat(new SelfSignedCertificate(this.dataDir, this.clock).ensure("0.0.0.0")).isEqualTo(password);
		assertThat(certificate.fingerprint(password)).isEqualTo(first).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
	}

	@Test
	void aNewCertificateIsValidFromTheClocksTimeNotTheMachines(@TempDir Path elsewhere) throws Exception {
		Instant issued = Instant.parse("2031-05-04T10:00:00Z");
		SelfSignedCertificate certificate = new SelfSignedCertificate(elsewhere, Clock.fixed(issued, ZoneOffset.UTC));
		String password = certificate.ensure("0.0.0.0");
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(certificate.keyStore())) {
			store.load(in, password.toCharArray());
		}
		X509Certificate generated = (X509Certificate) store.getCertificate(SelfSignedCertificate.ALIAS);
		assertThat(generated.getNotBefore().toInstant()).isEqualTo(issued.minus(Duration.ofDays(1)));
		assertThat(generated.getNotAfter().toInstant()).isEqualTo(issued.plus(Duration.ofDays(825)));
	}

	@Test
	void offersOnlyTls13AndTls12WithForwardSecrecyAndAead() throws Exception {
		assertThat(handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256")).isEqualTo("TLS_AES_128_GCM_SHA256");
		assertThat(handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"))
			.isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
		assertThat(handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"))
			.isEqualTo("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256");
		// CBC with SHA-1 and CBC with SHA-384: accepted before, refused now.
		assertThat(catchThrowable(() -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA")))
			.isInstanceOf(SSLHandshakeException.class);
		assertThat(catchThrowable(() -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384")))
			.isInstanceOf(SSLHandshakeException.class);
	}

	/**
	 * Handshakes offering exactly one protocol and one suite; returns the suite agreed.
	 */
	private String handshake(String protocol, String suite) throws Exception {
		try (SSLSocket socket = (SSLSocket) trustAll().getSocketFactory().createSocket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.setEnabledProtocols(new String[] { protocol });
			socket.setEnabledCipherSuites(new String[] { suite });
			socket.startHandshake();
			return socket.getSession().getCipherSuite();
		}
	}

	static SSLContext trustAll() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new X509TrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		} }, new SecureRandom());
		return context;
	}

}
