package dev.bulwark.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.bulwark.shared.InvalidInputException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file kept as evidence, and the check that a file is what its name says.
 * Both must agree: the extension must be on the list, and Apache Tika's reading of the
 * first bytes (the "magic", not the name) must match that kind. An executable renamed
 * {@code .pdf}, an archive renamed {@code .docx} or binary data named {@code .txt} is
 * refused.
 * <p>
 * Archives (.zip and the like) are not kept: their content cannot be checked, they can
 * carry programs, and an auditor needs each document on its own with its own title and
 * history. See {@code docs/adr/0009-evidence-store.md}.
 */
final class EvidenceTypes {

	/** How many leading bytes the content check reads (Tika needs at most this). */
	private static final int SNIFF_BYTES = 64 * 1024;

	private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

	private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();

	private static final Set<String> ARCHIVES = Set.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "cab",
			"iso");

	/** The kinds kept, in the order they are listed to people. */
	enum Kind {

		PDF("a PDF document", "application/pdf", List.of("pdf"), is("application/pdf")),

		PNG("a PNG image", "image/png", List.of("png"), is("image/png")),

		JPEG("a JPEG image", "image/jpeg", List.of("jpg", "jpeg"), is("image/jpeg")),

		GIF("a GIF image", "image/gif", List.of("gif"), is("image/gif")),

		WEBP("a WebP image", "image/webp", List.of("webp"), is("image/webp")),

		TEXT("plain text", "text/plain", List.of("txt"), textual()),

		CSV("a CSV file", "text/csv", List.of("csv"), textual()),

		DOCX("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				List.of("docx"), officeOpenXml()),

		XLSX("an Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
				officeOpenXml()),

		PPTX("a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
				List.of("pptx"), officeOpenXml()),

		ODT("an OpenDocument text", "application/vnd.oasis.opendocument.text", List.of("odt"),
				is("application/vnd.oasis.opendocument.text")),

		ODS("an OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", List.of("ods"),
				is("application/vnd.oasis.opendocument.spreadsheet")),

		MSG("an Outlook e-mail", "application/vnd.ms-outlook", List.of("msg"), is("application/x-tika-msoffice")),

		EML("an e-mail message", "message/rfc822", List.of("eml"), is("message/rfc822").or(textual()));

		private final String label;

		private final String contentType;

		private final List<String> extensions;

		private final Predicate<Sniffed> check;

		Kind(String label, String contentType, List<String> extensions, Predicate<Sniffed> check) {
			this.label = label;
			this.contentType = contentType;
			this.extensions = extensions;
			this.check = check;
		}

		String label() {
			return this.label;
		}

		String contentType() {
			return this.contentType;
		}

		static Kind ofExtension(String extension) {
			for (Kind kind : values()) {
				if (kind.extensions.contains(extension)) {
					return kind;
				}
			}
			return null;
		}

	}

	/** What the content check saw: Tika's type from the bytes, and the bytes. */
	private record Sniffed(MediaType type, byte[] bytes, int length) {
	}

	private EvidenceTypes() {
	}

	/** Every extension kept, for the file picker: {@code .pdf,.png,...}. */
	static String accept() {
		return Arrays.stream(Kind.values())
			.flatMap((kind) -> kind.extensions.stream())
			.map((extension) -> "." + extension)
			.collect(Collectors.joining(","));
	}

	/** The kinds kept, in words, for hints and messages. */
	static String described() {
		return "PDF, images (PNG, JPEG, GIF, WebP), text and CSV files, Word, Excel and PowerPoint files "
				+ "(.docx, .xlsx, .pptx), OpenDocument text and spreadsheets (.odt, .ods) and e-mails (.msg, .eml)";
	}

	/**
	 * The kind of a file, from its (cleaned) name and its first bytes; an
	 * {@link InvalidInputException} on the field {@code file} if it is not kept or is not
	 * what its name says.
	 */
	static Kind check(String fileName, byte[] content, int length) {
		String extension = FileNames.extension(fileName);
		if (ARCHIVES.contains(extension)) {
			throw InvalidInputException.of("file", "Archives (." + extension + ") are not kept as evidence. Upload "
					+ "the documents one at a time, so each has its own title and history.");
		}
		Kind kind = Kind.ofExtension(extension);
		if (kind == null) {
			throw InvalidInputException.of("file",
					((extension.isEmpty()) ? "This file has no extension"
							: "Files ending in ." + extension + " are not kept") + ". Bulwark keeps " + described()
							+ ". Save the document in one of these formats (\"Print to PDF\" works for most) and "
							+ "upload it again.");
		}
		Sniffed sniffed = new Sniffed(detect(content, length), content, length);
		if (!kind.check.test(sniffed)) {
			throw InvalidInputException.of("file",
					"This file is named ." + extension + " but its content is not " + kind.label()
							+ ". It may be damaged or disguised as another kind of file, so it was not kept. "
							+ "Open it in the program it belongs to and save it again.");
		}
		return kind;
	}

	private static MediaType detect(byte[] content, int length) {
		try {
			// No file name in the metadata: the type comes from the bytes alone.
			return TIKA.detect(new ByteArrayInputStream(content, 0, Math.min(length, SNIFF_BYTES)), new Metadata());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Predicate<Sniffed> is(String type) {
		MediaType expected = MediaType.parse(type);
		return (sniffed) -> REGISTRY.isInstanceOf(sniffed.type(), expected);
	}

	/**
	 * Text of any sort (Tika calls binary data {@code application/octet-stream}); shell
	 * scripts and HTML are text too, and harmless as downloads that are never shown
	 * inline.
	 */
	private static Predicate<Sniffed> textual() {
		return (sniffed) -> REGISTRY.isInstanceOf(sniffed.type(), MediaType.TEXT_PLAIN);
	}

	/**
	 * An Office Open XML package. Tika recognises one whose first entry is
	 * {@code [Content_Types].xml} or {@code _rels/.rels} (what Office, LibreOffice and
	 * Google write); a package written in another order is a ZIP whose central directory
	 * names {@code [Content_Types].xml}.
	 */
	private static Predicate<Sniffed> officeOpenXml() {
		MediaType ooxml = MediaType.application("x-tika-ooxml");
		return (sniffed) -> REGISTRY.isInstanceOf(sniffed.type(), ooxml)
				|| (sniffed.type().equals(MediaType.APPLICATION_ZIP)
						&& namesCentralEntry(sniffed.bytes(), sniffed.length(), "[Content_Types].xml"));
	}

	/**
	 * Whether a ZIP's central directory has an entry of this name: a central directory
	 * header ({@code PK\1\2}) whose file name field (at offset 46, length at offset 28)
	 * is the name.
	 */
	static boolean namesCentralEntry(byte[] zip, int length, String name) {
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 + wanted.length <= length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
				int nameLength = (zip[i + 28] & 0xff) | ((zip[i + 29] & 0xff) << 8);
				if (nameLength == wanted.length
						&& Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
					return true;
				}
			}
		}
		return false;
	}

}
