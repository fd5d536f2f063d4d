package dev.bulwark.evidence;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Sends a checked file: always as an attachment, never interpreted by the browser
 * ({@code nosniff}), and sandboxed should a browser open it anyway (a PDF or HTML-like
 * text cannot run script or reach the session).
 */
public final class EvidenceDownloads {

	static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

	private EvidenceDownloads() {
	}

	public static void send(EvidenceFile file, HttpServletResponse response) throws IOException {
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Repr-Digest", file.digestHeader());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		file.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

}
