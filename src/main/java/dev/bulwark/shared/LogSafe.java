package dev.bulwark.shared;

import java.util.regex.Pattern;

/**
 * Makes request paths safe to log: a path segment that looks like a secret (an invitation
 * token, say: long and random) is replaced by an ellipsis. Record ids (UUIDs) stay, as
 * they help to find a problem and reveal nothing on their own.
 */
public final class LogSafe {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9_\\-]{20,}");

	private LogSafe() {
	}

	public static String path(String uri) {
		if (uri == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder();
		for (String segment : uri.split("/", -1)) {
			if (!safe.isEmpty() || uri.startsWith("/")) {
				safe.append('/');
			}
			boolean secret = SECRET_LIKE.matcher(segment).matches() && !UUID.matcher(segment).matches();
			safe.append(secret ? "…" : segment);
		}
		return safe.substring(uri.startsWith("/") ? 1 : 0);
	}

	/**
	 * An exception for the log without any message text (messages can carry data a person
	 * typed, SQL values or PHI): each class in the cause chain, and for each the first
	 * frames in Bulwark's own code, or the first frame when there is none.
	 */
	public static String describe(Throwable ex) {
		StringBuilder out = new StringBuilder();
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (Throwable current = ex; current != null && seen.add(current); current = current.getCause()) {
			if (!out.isEmpty()) {
				out.append(" <- caused by ");
			}
			out.append(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			int shown = 0;
			for (StackTraceElement frame : frames) {
				if (frame.getClassName().startsWith("dev.bulwark.") && shown < 3) {
					out.append(shown == 0 ? " at " : ", ").append(frame);
					shown++;
				}
			}
			if (shown == 0 && frames.length > 0) {
				out.append(" at ").append(frames[0]);
			}
		}
		return out.toString();
	}

}
