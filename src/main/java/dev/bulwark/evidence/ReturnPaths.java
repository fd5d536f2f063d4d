package dev.bulwark.evidence;

import java.util.regex.Pattern;

/**
 * Where to go back to after an upload started on another module's page: only a path of
 * this site ({@code /vendors/...}), never another site. {@code //evil.example},
 * {@code /\evil.example}, {@code https://...}, control characters and anything else are
 * replaced by the fallback.
 */
final class ReturnPaths {

	private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%+#]{0,500}");

	private ReturnPaths() {
	}

	static String safe(String candidate, String fallback) {
		return (candidate != null && SAFE.matcher(candidate).matches()) ? candidate : fallback;
	}

}
