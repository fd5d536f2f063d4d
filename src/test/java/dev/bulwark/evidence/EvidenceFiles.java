package dev.bulwark.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, with the bytes real programs write at their start. */
final class EvidenceFiles {

	private EvidenceFiles() {
	}

	static byte[] pdf(String text) {
		return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text + "\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * A Windows program: "MZ", the DOS stub, "This program cannot be run in DOS mode".
	 */
	static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		exe[60] = (byte) 0x80;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 78, stub.length);
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 6, 0, 0, 0 };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
				0, 1, 0, 1, 0, 0 };
	}

	static byte[] gif() {
		return "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] webp() {
		return "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] eml() {
		return text("Return-Path: <it@clinic.example>\r\nFrom: IT <it@clinic.example>\r\nTo: office@clinic.example\r\n"
				+ "Subject: Backup report\r\n\r\nAll backups succeeded.\r\n");
	}

	/** An OLE2 compound file, the container of Outlook .msg files. */
	static byte[] ole2() {
		byte[] ole = new byte[512];
		byte[] magic = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		System.arraycopy(magic, 0, ole, 0, magic.length);
		return ole;
	}

	/** An Office Open XML package as Word writes it: [Content_Types].xml first. */
	static byte[] docx() {
		return zip(false, "[Content_Types].xml",
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>", "_rels/.rels",
				"<Relationships/>", "word/document.xml", "<w:document/>");
	}

	/** The same package written in another order: only the central directory tells. */
	static byte[] docxContentTypesLast() {
		return zip(false, "word/document.xml", "<w:document/>", "_rels2/x.xml", "<x/>", "[Content_Types].xml",
				"<Types/>");
	}

	static byte[] odf(String mimetype) {
		return zip(true, "mimetype", mimetype, "content.xml", "<office:document-content/>");
	}

	static byte[] zip() {
		return zip(false, "notes.txt", "hello", "setup.exe", "MZ");
	}

	private static byte[] zip(boolean firstStored, String... namesAndContents) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				for (int i = 0; i < namesAndContents.length; i += 2) {
					byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
					ZipEntry entry = new ZipEntry(namesAndContents[i]);
					if (firstStored && i == 0) {
						CRC32 crc = new CRC32();
						crc.update(content);
						entry.setMethod(ZipEntry.STORED);
						entry.setSize(content.length);
						entry.setCrc(crc.getValue());
					}
					zip.putNextEntry(entry);
					zip.write(content);
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
