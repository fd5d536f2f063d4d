package dev.bulwark.calendar;

import java.io.IOException;

import dev.bulwark.evidence.EvidenceFile;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Sends an evidence file of a task as the evidence pages do: an attachment, sandboxed.
 */
final class TaskDownloads {

	private TaskDownloads() {
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
