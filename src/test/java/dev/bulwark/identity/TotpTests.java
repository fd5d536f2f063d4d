package dev.bulwark.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	// RFC 6238 appendix B test secret for HMAC-SHA1.
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void acceptsTheCurrentAndAdjacentStepsOnly() {
		Instant now = Instant.ofEpochSecond(1_700_000_000);
		String previous = Totp.codeAt(RFC_SECRET, now.minusSeconds(30));
		String current = Totp.codeAt(RFC_SECRET, now);
		String stale = Totp.codeAt(RFC_SECRET, now.minusSeconds(120));
		assertThat(Totp.matchingStep(RFC_SECRET, current, now)).hasValue(now.getEpochSecond() / 30);
		assertThat(Totp.matchingStep(RFC_SECRET, previous, now)).hasValue(now.getEpochSecond() / 30 - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, stale, now)).isEmpty();
	}

	@Test
	void rejectsMalformedCodes() {
		Instant now = Instant.now();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
	}

	@Test
	void buildsAnOtpauthUriAuthenticatorAppsUnderstand() {
		String uri = Totp.otpauthUri(RFC_SECRET, "Bulwark", "pat@example.com");
		assertThat(uri).startsWith("otpauth://totp/Bulwark:pat%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
			.contains("issuer=Bulwark")
			.contains("digits=6")
			.contains("period=30");
	}

	@Test
	void rendersTheQrCodeAsScriptFreeSvg() {
		String svg = QrCode.svg(Totp.otpauthUri(RFC_SECRET, "Bulwark", "pat@example.com"), "QR code");
		assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("<script").doesNotContain("style=");
	}

}
