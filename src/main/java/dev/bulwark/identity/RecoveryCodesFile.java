package dev.bulwark.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recovery codes as a text file the browser downloads straight from the page (a
 * {@code data:} link): the codes are never stored readable, so no later request could
 * produce them, and the download needs no script.
 */
final class RecoveryCodesFile {

	private RecoveryCodesFile() {
	}

	static String text(String email, String date, List<?> codes) {
		StringBuilder text = new StringBuilder();
		text.append("Bulwark recovery codes for ").append(email).append(", made ").append(date).append("\r\n");
		text.append("Each code signs you in once if your phone is lost. Keep this file somewhere safe,\r\n");
		text.append("not on the phone with your authenticator app.\r\n\r\n");
		codes.forEach((code) -> text.append(code).append("\r\n"));
		return text.toString();
	}

	static String dataUri(String email, String date, List<?> codes) {
		return "data:text/plain;charset=utf-8,"
				+ URLEncoder.encode(text(email, date, codes), StandardCharsets.UTF_8).replace("+", "%20");
	}

}
