package dev.bulwark.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets and their stored form. Recovery codes, API tokens, invitation links and
 * the set-up code carry about 80 random bits or more, so a plain SHA-256 is enough to
 * store them: unlike passwords they cannot be guessed from a dictionary.
 */
final class Hashing {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private Hashing() {
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** URL-safe random token with the given number of random bytes. */
	static String token(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** A human-typable code of groups of four unambiguous characters (~4.9 bits each). */
	static String readableCode(int groups) {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < groups; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < 4; i++) {
				code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
			}
		}
		return code.toString();
	}

	/** Normalises a typed code: case, spaces and dashes do not matter. */
	static String normalizeCode(String code) {
		return code == null ? "" : code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
