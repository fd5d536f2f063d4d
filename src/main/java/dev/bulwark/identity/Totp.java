package dev.bulwark.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: HMAC-SHA1,
 * 6 digits, 30-second steps, a 160-bit secret shown as Base32. Codes from one step before
 * or after are accepted to allow for clock drift; the caller refuses a step that was
 * already used, so an observed code cannot be replayed.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static String base32(byte[] secret) {
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** Secret grouped in fours for typing it into an app by hand. */
	static String grouped(byte[] secret) {
		return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
	}

	static String otpauthUri(byte[] secret, String issuer, String account) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * Finds the time step whose code matches.
	 * @return the matching step, or empty if the code is wrong
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		String digits = code == null ? "" : code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		Key key = new SecretKeySpec(secret, "HmacSHA1");
		long current = now.getEpochSecond() / STEP.getSeconds();
		for (long step = current - 1; step <= current + 1; step++) {
			if (constantTimeEquals(code(key, step), digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code for an instant; used by tests and the command line's self-check. */
	static String codeAt(byte[] secret, Instant instant) {
		return code(new SecretKeySpec(secret, "HmacSHA1"), instant.getEpochSecond() / STEP.getSeconds());
	}

	private static String code(Key key, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
					Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
