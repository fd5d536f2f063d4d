package dev.bulwark.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Decides how the server may speak to the network (164.312(e)(1) transmission security).
 * Plain HTTP is allowed only when nobody else can reach the port: bound to a loopback
 * address. Bound anywhere else, Bulwark serves HTTPS with the administrator's
 * certificate, or with a self-signed one it generates, unless a trusted reverse proxy
 * terminates TLS in front of it.
 */
final class TransportPolicy {

	enum Mode {

		/** Loopback only: plain HTTP is fine. */
		LOOPBACK_HTTP,
		/** The administrator configured a certificate. */
		CONFIGURED_TLS,
		/** No certificate configured: generate a self-signed one. */
		SELF_SIGNED_TLS,
		/**
		 * A trusted reverse proxy terminates TLS; only it may connect, and only for HTTPS
		 * traffic.
		 */
		BEHIND_PROXY

	}

	private TransportPolicy() {
	}

	static Mode decide(String bindAddress, boolean certificateConfigured, List<String> trustedProxies) {
		if (isLoopback(bindAddress)) {
			return Mode.LOOPBACK_HTTP;
		}
		if (certificateConfigured) {
			return Mode.CONFIGURED_TLS;
		}
		if (!trustedProxies.isEmpty()) {
			return Mode.BEHIND_PROXY;
		}
		return Mode.SELF_SIGNED_TLS;
	}

	static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			// Spring Boot binds every interface when no address is given.
			return false;
		}
		String trimmed = address.trim();
		if ("localhost".equalsIgnoreCase(trimmed)) {
			return true;
		}
		try {
			// Literal addresses only: a host name could resolve to anything later.
			if (!trimmed.matches("[0-9.]+|[0-9a-fA-F:\\[\\]]+")) {
				return false;
			}
			return InetAddress.getByName(trimmed.replace("[", "").replace("]", "")).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
