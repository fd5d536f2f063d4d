package dev.bulwark.identity;

import java.net.URI;
import java.util.Set;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * The WebAuthn relying party: passkeys are bound to a host name (never an IP address),
 * and the browser's origin must be one we expect. With
 * {@code bulwark.security.public-url} set, both come from it; otherwise passkeys work at
 * {@code http://localhost:<port>} on the server itself, the port being learnt when the
 * web server starts.
 *
 * @param id the relying party id (host name)
 * @param name shown by the browser when creating a passkey
 * @param origins origins accepted in passkey ceremonies (a live set, completed at
 * start-up)
 */
record RelyingPartySettings(String id, String name, Set<String> origins, boolean fixed) {

	static RelyingPartySettings from(String publicUrl, Set<String> liveOrigins) {
		if (publicUrl == null || publicUrl.isBlank()) {
			return new RelyingPartySettings("localhost", "Bulwark", liveOrigins, false);
		}
		URI uri = URI.create(publicUrl.trim());
		String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		liveOrigins.add(origin);
		return new RelyingPartySettings(uri.getHost(), "Bulwark", liveOrigins, true);
	}

	@EventListener
	public void onWebServerStarted(WebServerInitializedEvent event) {
		if (!this.fixed) {
			int port = event.getWebServer().getPort();
			this.origins.add("http://localhost:" + port);
			this.origins.add("https://localhost:" + port);
		}
	}

}
