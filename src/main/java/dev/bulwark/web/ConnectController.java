package dev.bulwark.web;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Let colleagues connect": the guided page for serving the office network. It shows how
 * Bulwark is reachable now (only on this computer, or on the network with TLS), the
 * address colleagues type, the self-signed certificate's SHA-256 fingerprint to compare
 * in their browser, the firewall rule to add, and whether each of this computer's network
 * addresses answers. Only the server's own addresses are checked, so the page cannot be
 * used to probe other machines.
 * <p>
 * Only the installation administrator sees it: the server's addresses and certificate are
 * the installation's, not a practice's, and on an MSP's server a client practice's
 * officer has no business with them. In a one-practice office the officer who set Bulwark
 * up is that administrator.
 */
@Controller
class ConnectController {

	private static final int CHECK_TIMEOUT_MILLIS = 700;

	private final Environment environment;

	private final Clock clock;

	ConnectController(Environment environment, Clock clock) {
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * One address of this computer on the office network, and whether Bulwark answers on
	 * it.
	 */
	record Address(String ip, String url, boolean answers) {
	}

	@GetMapping("/practice/connect")
	@Permitted(Permission.MSP_ADMINISTER)
	String connect(HttpServletRequest request, Model model) {
		String mode = this.environment.getProperty("bulwark.server.transport-mode", "LOOPBACK_HTTP");
		boolean tls = !"LOOPBACK_HTTP".equals(mode) && !"BEHIND_PROXY".equals(mode);
		int port = request.getLocalPort();
		String publicUrl = this.environment.getProperty("bulwark.security.public-url", "");
		List<Address> addresses = new ArrayList<>();
		for (InetAddress address : networkAddresses()) {
			String ip = address.getHostAddress();
			addresses.add(new Address(ip, (tls ? "https://" : "http://") + ip + ":" + port + "/", answers(ip, port)));
		}
		model.addAttribute("mode", mode);
		model.addAttribute("onlyThisComputer", "LOOPBACK_HTTP".equals(mode));
		model.addAttribute("tls", tls);
		model.addAttribute("port", port);
		model.addAttribute("publicUrl", publicUrl.isBlank() ? null : publicUrl);
		model.addAttribute("addresses", addresses);
		model.addAttribute("suggestedIp", addresses.isEmpty() ? "192.168.1.20" : addresses.get(0).ip());
		model.addAttribute("fingerprint", "SELF_SIGNED_TLS".equals(mode) ? fingerprint() : null);
		return "web/connect";
	}

	/**
	 * The server's own IPv4 addresses on a local network (not loopback, interface up).
	 */
	private static List<InetAddress> networkAddresses() {
		List<InetAddress> found = new ArrayList<>();
		try {
			for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
					continue;
				}
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLoopbackAddress()
							&& !address.isLinkLocalAddress()) {
						found.add(address);
					}
				}
			}
		}
		catch (SocketException ex) {
			return List.of();
		}
		return found;
	}

	/**
	 * Whether something accepts connections on the address and port: Bulwark, as it is
	 * this port.
	 */
	private static boolean answers(String ip, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(ip, port), CHECK_TIMEOUT_MILLIS);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private @Nullable String fingerprint() {
		Path dataDir = Path.of(this.environment.getProperty("bulwark.data-dir", "./data"));
		SelfSignedCertificate certificate = new SelfSignedCertificate(dataDir, this.clock);
		Path passwordFile = certificate.keyStore().resolveSibling("bulwark-self-signed.password");
		try {
			if (!Files.exists(certificate.keyStore()) || !Files.exists(passwordFile)) {
				return null;
			}
			return certificate.fingerprint(Files.readString(passwordFile).trim());
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			return null;
		}
	}

}
