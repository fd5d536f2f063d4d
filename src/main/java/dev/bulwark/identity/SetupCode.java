package dev.bulwark.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may perform first-run set-up: only someone at the server. That is a browser on the
 * server itself (a loopback connection), or someone who can read the server's log, where
 * a one-time code is printed at start while the instance is not set up. The code is
 * useless once set-up is done.
 */
@Component
class SetupCode {

	private static final Logger log = LoggerFactory.getLogger(SetupCode.class);

	private final FirstRunSetup setup;

	private final String code = Hashing.readableCode(3);

	SetupCode(FirstRunSetup setup) {
		this.setup = setup;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void announce() {
		if (!this.setup.done()) {
			log.info("Bulwark is not set up yet. Open /setup in a browser on this machine, or enter this one-time "
					+ "set-up code when connecting from elsewhere: {}", this.code);
		}
	}

	boolean fromLoopback(HttpServletRequest request) {
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	boolean matches(String candidate) {
		return MessageDigest.isEqual(Hashing.normalizeCode(this.code).getBytes(StandardCharsets.UTF_8),
				Hashing.normalizeCode(candidate).getBytes(StandardCharsets.UTF_8));
	}

	boolean mayRunSetup(HttpServletRequest request, String candidate) {
		return fromLoopback(request) || (candidate != null && matches(candidate));
	}

}
