package dev.bulwark.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.bulwark.shared.InvalidInputException;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file to store: its name as the person gave it, its size and a way to read it. The
 * store reads it once, checks its size and type, and encrypts it; it is never kept in
 * memory beside another file.
 */
public final class EvidenceContent {

	private final String fileName;

	private final long size;

	private final InputStreamSource source;

	private EvidenceContent(String fileName, long size, InputStreamSource source) {
		this.fileName = fileName;
		this.size = size;
		this.source = source;
	}

	/**
	 * An uploaded file; an {@link InvalidInputException} on the field {@code file} if
	 * none was chosen.
	 */
	public static EvidenceContent of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "Choose a file to upload.");
		}
		return new EvidenceContent(file.getOriginalFilename(), file.getSize(), file);
	}

	/** Content produced by Bulwark itself (a generated report, a test fixture). */
	public static EvidenceContent of(String fileName, byte[] bytes) {
		byte[] copy = bytes.clone();
		return new EvidenceContent(fileName, copy.length, () -> new ByteArrayInputStream(copy));
	}

	/** The file's name as given, before it is cleaned up for storing. */
	public String fileName() {
		return this.fileName;
	}

	/** The declared size in bytes. */
	public long size() {
		return this.size;
	}

	InputStream open() throws IOException {
		return this.source.getInputStream();
	}

}
