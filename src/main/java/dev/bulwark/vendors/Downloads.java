package dev.bulwark.vendors;

import java.io.IOException;

import dev.bulwark.evidence.EvidenceFile;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Sends a signed document as the evidence store's own downloads do: always an attachment,
 * never interpreted by the browser, sandboxed should one open it anyway.
 */
final class Downloads {

	private Downloads() {
	}

	static void send(EvidenceFile file, HttpServletResponse response) throws IOException {
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
		response.setHeader("Repr-Digest", file.digestHeader());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		file.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

}
