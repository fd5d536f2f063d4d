package dev.bulwark.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Password rules after NIST SP 800-63B: a minimum length and a check against passwords
 * known from breaches and common lists, and no composition rules (no "one capital, one
 * digit"), which only make passwords harder to remember and not harder to guess.
 * <p>
 * Besides the exact list match, a password is refused when it is a listed password
 * dressed up with look-alike characters or leading/trailing digits and symbols
 * ({@code P@ssw0rd2024!}), when it repeats one short pattern, or when it is built from
 * the person's e-mail address or the practice's name.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	static PasswordPolicy load() {
		try (InputStream raw = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt.gz")) {
			if (raw == null) {
				throw new IllegalStateException("The common-password list is missing from the build");
			}
			Set<String> words = new HashSet<>(64_000);
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						words.add(line);
					}
				}
			}
			return new PasswordPolicy(Set.copyOf(words));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int listSize() {
		return this.common.size();
	}

	/**
	 * Checks a proposed password.
	 * @param password the proposed password
	 * @param contextWords the person's e-mail address, name and practice name, which must
	 * not be its basis
	 * @return the reason it is refused, in words a practice manager understands; empty if
	 * acceptable
	 */
	Optional<String> check(String password, String... contextWords) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH
					+ " characters. A short sentence of four or five words is easy to remember and hard to guess.");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of("This password appears in lists of passwords stolen in data breaches. Choose another.");
		}
		String core = deLeet(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
		if (core.length() >= 4 && this.common.contains(core)) {
			return Optional.of("This is a well-known password with numbers or symbols added, which attackers try "
					+ "first. Choose something less predictable.");
		}
		if (repetitive(lower)) {
			return Optional.of("This password repeats a short pattern or a simple sequence. Choose another.");
		}
		for (String word : contextWords) {
			for (String part : contextParts(word)) {
				if (part.length() >= 4 && lower.replaceAll("[^\\p{L}\\p{N}]", "").contains(part)) {
					return Optional.of("Don't build your password from your name, e-mail address or the practice's "
							+ "name: those are the first things an attacker tries.");
				}
			}
		}
		return Optional.empty();
	}

	private static Set<String> contextParts(String word) {
		Set<String> parts = new HashSet<>();
		if (word == null || word.isBlank()) {
			return parts;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
		parts.add(local.replaceAll("[^\\p{L}\\p{N}]", ""));
		for (String piece : local.split("[^\\p{L}\\p{N}]+")) {
			if (!piece.isBlank()) {
				parts.add(piece);
			}
		}
		return parts;
	}

	private static String deLeet(String text) {
		return text.replace('@', 'a')
			.replace('4', 'a')
			.replace('0', 'o')
			.replace('1', 'i')
			.replace('!', 'i')
			.replace('3', 'e')
			.replace('$', 's')
			.replace('5', 's')
			.replace('7', 't');
	}

	/**
	 * One short unit repeated, or a run of consecutive characters like "abcdefghijkl" or
	 * "123456789012".
	 */
	private static boolean repetitive(String text) {
		for (int unit = 1; unit <= 4; unit++) {
			if (text.length() % unit == 0 || text.length() > unit * 3) {
				String pattern = text.substring(0, unit);
				boolean repeats = true;
				for (int i = 0; i < text.length(); i++) {
					if (text.charAt(i) != pattern.charAt(i % unit)) {
						repeats = false;
						break;
					}
				}
				if (repeats) {
					return true;
				}
			}
		}
		int ascending = 0;
		int descending = 0;
		for (int i = 1; i < text.length(); i++) {
			int delta = text.charAt(i) - text.charAt(i - 1);
			ascending += (delta == 1 || delta == -9) ? 1 : 0;
			descending += (delta == -1 || delta == 9) ? 1 : 0;
		}
		return ascending >= text.length() - 2 || descending >= text.length() - 2;
	}

}
