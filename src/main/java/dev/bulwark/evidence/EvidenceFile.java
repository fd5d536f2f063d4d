package dev.bulwark.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A decrypted file, ready to send: its content was authenticated by the cipher and
 * matched its SHA-256 checksum before this object existed, so it never holds bytes that
 * differ from what was stored. Opening one is audited.
 */
public final class EvidenceFile {

	private final String fileName;

	private final String contentType;

	private final String sha256;

	private final int version;

	private final byte[] buffer;

	private final int length;

	EvidenceFile(String fileName, String contentType, String sha256, int version, byte[] buffer, int length) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sha256 = sha256;
		this.version = version;
		this.buffer = buffer;
		this.length = length;
	}

	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

	public long sizeBytes() {
		return this.length;
	}

	/** The SHA-256 checksum of the content, hex. */
	public String sha256() {
		return this.sha256;
	}

	public int version() {
		return this.version;
	}

	/**
	 * The {@code Content-Disposition} header value: always an attachment, with the file
	 * name in ASCII and exactly (RFC 6266).
	 */
	public String contentDisposition() {
		return FileNames.contentDisposition(this.fileName);
	}

	/** The {@code Repr-Digest} header value (RFC 9530) for clients that check it. */
	public String digestHeader() {
		return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(this.sha256)) + ":";
	}

	/** A copy of the content, for a document that goes into the audit binder. */
	public byte[] content() {
		return java.util.Arrays.copyOf(this.buffer, this.length);
	}

	/** Writes the content, e.g. to a response or into an archive entry. */
	public void writeTo(OutputStream out) throws IOException {
		out.write(this.buffer, 0, this.length);
	}

}
