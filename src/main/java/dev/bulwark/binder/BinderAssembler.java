package dev.bulwark.binder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.bulwark.shared.BinderSection;

import org.springframework.web.util.HtmlUtils;

/**
 * Builds the binder ZIP from the sections' documents: everything under one folder named
 * after the practice and the date, an index page (HTML, and the same page as PDF) that
 * links every file, and {@code manifest-sha256.txt} in the format {@code sha256sum -c}
 * reads, covering every other file. Plain Java, so the layout is tested without Spring.
 */
final class BinderAssembler {

	static final String MANIFEST = "manifest-sha256.txt";

	static final String INDEX_HTML = "index.html";

	static final String INDEX_PDF = "index.pdf";

	private BinderAssembler() {
	}

	/** One section with its documents, as the module returned them. */
	record Section(String folder, String title, List<BinderSection.Document> documents) {

	}

	/** Who and what the binder is for, for the index page. */
	record Cover(String practiceName, String preparedBy, ZonedDateTime preparedAt) {

	}

	/**
	 * The finished ZIP.
	 *
	 * @param zip the bytes
	 * @param root the folder inside the ZIP that holds everything
	 * @param fileCount files in it, index and manifest included
	 * @param sha256 the ZIP's own SHA-256, hex
	 */
	record Assembled(byte[] zip, String root, int fileCount, String sha256) {

	}

	/** A file placed in the ZIP, with its path below the root. */
	private record Placed(String section, String path, String description, long size, String sha256) {

	}

	/**
	 * @param pdf lays out the index's XHTML as PDF
	 */
	static Assembled assemble(Cover cover, List<Section> sections, Function<String, byte[]> pdf) {
		String root = "audit-binder-" + slug(cover.practiceName()) + "-"
				+ cover.preparedAt().format(DateTimeFormatter.ISO_LOCAL_DATE);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		List<Placed> placed = new ArrayList<>();
		StringBuilder manifest = new StringBuilder();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			Set<String> folders = new HashSet<>();
			for (Section section : sections) {
				String folder = unique(folders, safeName(section.folder(), "section"));
				Set<String> names = new HashSet<>();
				for (BinderSection.Document document : section.documents()) {
					String path = folder + "/" + unique(names, safeName(document.fileName(), "document"));
					byte[] content = document.content();
					String sha = put(zip, root + "/" + path, content);
					manifest.append(sha).append("  ").append(path).append('\n');
					placed.add(new Placed(section.folder(), path, document.description(), content.length, sha));
				}
			}
			String html = index(cover, sections, placed);
			byte[] htmlBytes = html.getBytes(StandardCharsets.UTF_8);
			manifest.append(put(zip, root + "/" + INDEX_HTML, htmlBytes)).append("  ").append(INDEX_HTML).append('\n');
			byte[] pdfBytes = pdf.apply(html);
			manifest.append(put(zip, root + "/" + INDEX_PDF, pdfBytes)).append("  ").append(INDEX_PDF).append('\n');
			put(zip, root + "/" + MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] zip = bytes.toByteArray();
		return new Assembled(zip, root, placed.size() + 3, sha256(zip));
	}

	private static String put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
		return sha256(content);
	}

	/** The index page: XHTML, so that the PDF renderer reads the very same page. */
	static String index(Cover cover, List<Section> sections, List<Placed> placed) {
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
			.append("<meta charset=\"UTF-8\"/><title>Audit binder: ")
			.append(e(cover.practiceName()))
			.append("</title><style>")
			.append("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.4;margin:2em}")
			.append("h1{font-size:18pt}h2{font-size:13pt;margin-top:1.6em;page-break-after:avoid}")
			.append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px;text-align:left;")
			.append("vertical-align:top}td.sum{font-family:monospace;font-size:7pt;word-break:break-all}")
			.append(".hint{color:#444}</style></head><body>");
		html.append("<h1>Audit binder: ").append(e(cover.practiceName())).append("</h1>");
		html.append("<p>Prepared ")
			.append(e(cover.preparedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT))))
			.append(" by ")
			.append(e(cover.preparedBy()))
			.append(" with Bulwark.</p>");
		html.append("<p class=\"hint\">Every file below is listed with its SHA-256 checksum; <code>")
			.append(MANIFEST)
			.append("</code> holds them all. In a terminal, inside this folder, <code>sha256sum -c ")
			.append(MANIFEST)
			.append("</code> confirms that no file was changed since the binder was prepared.</p>");
		html.append("<h2>Contents</h2><ol>");
		for (Section section : sections) {
			html.append("<li>").append(e(section.title())).append("</li>");
		}
		html.append("</ol>");
		for (Section section : sections) {
			html.append("<h2>").append(e(section.title())).append("</h2>");
			List<Placed> files = placed.stream().filter((p) -> p.section().equals(section.folder())).toList();
			if (files.isEmpty()) {
				html.append("<p>Nothing is recorded here yet.</p>");
				continue;
			}
			html.append("<table><thead><tr><th>File</th><th>What it is</th><th>Size</th><th>SHA-256</th></tr></thead>")
				.append("<tbody>");
			for (Placed file : files) {
				html.append("<tr><td><a href=\"")
					.append(e(file.path()))
					.append("\">")
					.append(e(file.path()))
					.append("</a></td><td>")
					.append(e(file.description()))
					.append("</td><td>")
					.append(size(file.size()))
					.append("</td><td class=\"sum\">")
					.append(file.sha256())
					.append("</td></tr>");
			}
			html.append("</tbody></table>");
		}
		html.append("</body></html>\n");
		return html.toString();
	}

	private static String e(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * A name safe in a ZIP on every system: letters, digits, dot, dash and underscore; no
	 * leading dot, no path separators, at most 100 characters.
	 */
	static String safeName(String name, String fallback) {
		String safe = (name != null) ? name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "") : "";
		if (safe.length() > 100) {
			safe = safe.substring(safe.length() - 100);
		}
		return safe.isEmpty() ? fallback : safe;
	}

	/** The name, or the name with -2, -3... before its extension when it is taken. */
	private static String unique(Set<String> taken, String name) {
		String candidate = name;
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = stem + "-" + n + extension;
		}
		return candidate;
	}

	static String slug(String text) {
		String slug = (text != null) ? text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") : "";
		slug = slug.replaceAll("(^-|-$)", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "practice" : slug;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
