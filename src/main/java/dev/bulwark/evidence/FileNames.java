package dev.bulwark.evidence;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as people gave them, made safe to store, show and send back.
 * <ul>
 * <li>{@link #clean}: the last path segment only, without control and invisible
 * formatting characters (a right-to-left override can make {@code cod.exe} look like
 * {@code exe.doc}), without characters Windows forbids, at most 200 characters.</li>
 * <li>{@link #contentDisposition}: {@code attachment} with an ASCII {@code filename} for
 * old clients and the exact name as {@code filename*} (RFC 6266, RFC 8187).</li>
 * </ul>
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private static final String FORBIDDEN = "<>:\"/\\|?*";

	private FileNames() {
	}

	/** A safe name for a stored file; {@code evidence} when nothing is left. */
	static String clean(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
			if (!invisible && FORBIDDEN.indexOf(c) < 0) {
				kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
			}
		});
		name = kept.toString().replaceAll(" {2,}", " ");
		// Leading dots would hide the file on Unix; trailing dots and spaces vanish on
		// Windows.
		name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
		if (name.length() > MAX_LENGTH) {
			String extension = extension(name);
			int keep = MAX_LENGTH - ((extension.isEmpty()) ? 0 : extension.length() + 1);
			name = name.substring(0, Character.isHighSurrogate(name.charAt(keep - 1)) ? keep - 1 : keep).strip()
					+ ((extension.isEmpty()) ? "" : "." + extension);
		}
		if (name.isEmpty()) {
			return "evidence";
		}
		return name;
	}

	/** The extension in lower case, without the dot; empty if there is none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0 || dot == name.length() - 1) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The title a file gives an item when none was typed: its name without extension. */
	static String title(String cleanName) {
		int dot = cleanName.lastIndexOf('.');
		String title = (dot > 0) ? cleanName.substring(0, dot) : cleanName;
		return title.replace('_', ' ').strip();
	}

	/** {@code attachment; filename="..."; filename*=UTF-8''...} for a cleaned name. */
	static String contentDisposition(String cleanName) {
		StringBuilder ascii = new StringBuilder();
		for (char c : cleanName.toCharArray()) {
			// Quotes, backslashes and percent signs are read specially by some clients.
			ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') ? c : '_');
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(cleanName);
	}

	/** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~}. */
	private static String encode(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

}
