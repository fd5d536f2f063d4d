package dev.bulwark.binder;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a binder ZIP as an attachment that no cache keeps. */
final class BinderDownloads {

	private BinderDownloads() {
	}

	static void send(Binders.BinderDownload download, HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setContentLengthLong(download.zip().length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(download.fileName()).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.getOutputStream().write(download.zip());
		response.flushBuffer();
	}

}
