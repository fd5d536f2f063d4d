package dev.bulwark.web;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.TimeConfiguration;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Applies the {@link TransportPolicy} before the web server starts: generates and
 * installs the self-signed certificate when needed (printing its fingerprint), or
 * configures forwarded headers for a trusted reverse proxy. Runs only for the web server,
 * not for command-line sub-commands.
 */
class TransportSecurityEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String TRUSTED_PROXIES = "bulwark.server.trusted-proxies";

	private final Log log;

	TransportSecurityEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(TransportSecurityEnvironment.class);
	}

	/**
	 * After the configuration files have been read, so {@code server.address} and the
	 * data directory are known.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (application.getWebApplicationType() == org.springframework.boot.WebApplicationType.NONE) {
			return;
		}
		String address = environment.getProperty("server.address");
		boolean certificate = environment.containsProperty("server.ssl.bundle")
				|| environment.containsProperty("server.ssl.certificate")
				|| environment.containsProperty("server.ssl.key-store");
		List<String> proxies = trustedProxies(environment);
		TransportPolicy.Mode mode = TransportPolicy.decide(address, certificate, proxies);
		Map<String, Object> properties = new HashMap<>();
		switch (mode) {
			case LOOPBACK_HTTP -> {
			}
			case CONFIGURED_TLS -> {
				properties.put("server.ssl.enabled", "true");
				modernTls(environment, properties);
			}
			case BEHIND_PROXY -> {
				properties.put("server.forward-headers-strategy", "native");
				properties.put("server.tomcat.remoteip.internal-proxies", internalProxiesRegex(proxies));
				properties.put("server.tomcat.remoteip.protocol-header", "X-Forwarded-Proto");
				this.log.info("Serving plain HTTP on " + address + " for the trusted reverse proxy " + proxies
						+ " only; it must terminate TLS");
			}
			case SELF_SIGNED_TLS -> {
				Path dataDir = Path.of(environment.getProperty("bulwark.data-dir", "./data"));
				SelfSignedCertificate selfSigned = new SelfSignedCertificate(dataDir, TimeConfiguration.systemClock());
				try {
					String password = selfSigned.ensure(address);
					properties.put("server.ssl.enabled", "true");
					properties.put("server.ssl.key-store", selfSigned.keyStore().toAbsolutePath().toString());
					properties.put("server.ssl.key-store-type", "PKCS12");
					properties.put("server.ssl.key-store-password", password);
					properties.put("server.ssl.key-alias", SelfSignedCertificate.ALIAS);
					modernTls(environment, properties);
					this.log.warn("Bound to " + address + " without a configured certificate: serving HTTPS with a "
							+ "self-signed certificate, SHA-256 fingerprint " + selfSigned.fingerprint(password)
							+ ". Configure your own certificate for production (see README, TLS).");
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot create the self-signed TLS certificate in " + dataDir, ex);
				}
			}
		}
		properties.put("bulwark.server.transport-mode", mode.name());
		environment.getPropertySources().addFirst(new MapPropertySource("bulwarkTransportSecurity", properties));
	}

	/**
	 * Only TLS 1.3, and TLS 1.2 with forward secrecy (ECDHE) and an AEAD cipher (AES-GCM,
	 * ChaCha20-Poly1305): no CBC, no SHA-1 MACs, no static RSA key exchange. An
	 * administrator who sets {@code server.ssl.enabled-protocols} or
	 * {@code server.ssl.ciphers} keeps their own choice.
	 */
	static void modernTls(ConfigurableEnvironment environment, Map<String, Object> properties) {
		if (!environment.containsProperty("server.ssl.enabled-protocols")) {
			properties.put("server.ssl.enabled-protocols", String.join(",", TLS_PROTOCOLS));
		}
		if (!environment.containsProperty("server.ssl.ciphers")) {
			properties.put("server.ssl.ciphers", String.join(",", TLS_CIPHERS));
		}
	}

	static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

	static final List<String> TLS_CIPHERS = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
			"TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
			"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
			"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
			"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

	static List<String> trustedProxies(ConfigurableEnvironment environment) {
		String value = environment.getProperty(TRUSTED_PROXIES, "");
		return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private static String internalProxiesRegex(List<String> proxies) {
		return String.join("|", proxies.stream().map((proxy) -> proxy.replace(".", "\\.")).toList());
	}

}
