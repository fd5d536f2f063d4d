package dev.bulwark.binder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.bulwark.shared.BinderSection.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ZIP's layout, index and manifest, without Spring. */
class BinderAssemblerTests {

	private static final BinderAssembler.Cover COVER = new BinderAssembler.Cover("Maple Dental & Co.", "Pat Lee",
			ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneId.of("America/Los_Angeles")));

	private static Document text(String name, String content) {
		return new Document(name, "About " + name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static BinderAssembler.Assembled assemble(List<BinderAssembler.Section> sections) {
		return BinderAssembler.assemble(COVER, sections, (html) -> ("%PDF-fake " + html.length()).getBytes());
	}

	@Test
	void everyFileIsUnderOneFolderNamedAfterThePracticeAndTheLocalDate() throws IOException {
		BinderAssembler.Assembled binder = assemble(List
			.of(new BinderAssembler.Section("06-vendors", "Vendors", List.of(text("vendors.csv", "name\nAcme\n")))));
		// 23:30 on 31 December in California is still 31 December there.
		assertThat(binder.root()).isEqualTo("audit-binder-maple-dental-co-2026-12-31");
		assertThat(unzip(binder.zip()).keySet()).containsExactly(
				"audit-binder-maple-dental-co-2026-12-31/06-vendors/vendors.csv",
				"audit-binder-maple-dental-co-2026-12-31/index.html",
				"audit-binder-maple-dental-co-2026-12-31/index.pdf",
				"audit-binder-maple-dental-co-2026-12-31/manifest-sha256.txt");
		assertThat(binder.fileCount()).isEqualTo(4);
		assertThat(binder.sha256()).isEqualTo(BinderAssembler.sha256(binder.zip()));
	}

	@Test
	void theManifestHoldsTheChecksumOfEveryOtherFileInSha256sumFormat() throws IOException {
		BinderAssembler.Assembled binder = assemble(List.of(
				new BinderAssembler.Section("03-policies", "Policies",
						List.of(text("versions.csv", "a"), text("acknowledgements.csv", "b"))),
				new BinderAssembler.Section("11-audit-trail", "Audit trail", List.of(text("audit-trail.csv", "c")))));
		Map<String, byte[]> files = unzip(binder.zip());
		String manifest = new String(files.get(binder.root() + "/manifest-sha256.txt"), StandardCharsets.UTF_8);
		List<String> lines = manifest.lines().toList();
		assertThat(lines).hasSize(files.size() - 1);
		for (String line : lines) {
			String[] parts = line.split("  ", 2);
			byte[] content = files.get(binder.root() + "/" + parts[1]);
			assertThat(content).as(parts[1]).isNotNull();
			assertThat(BinderAssembler.sha256(content)).as(parts[1]).isEqualTo(parts[0]);
		}
		assertThat(lines).extracting((line) -> line.split("  ", 2)[1])
			.containsExactlyInAnyOrder("03-policies/versions.csv", "03-policies/acknowledgements.csv",
					"11-audit-trail/audit-trail.csv", "index.html", "index.pdf");
	}

	@Test
	void theIndexLinksEveryFileAndSaysWhenASectionIsEmpty() throws IOException {
		BinderAssembler.Assembled binder = assemble(List.of(
				new BinderAssembler.Section("06-vendors", "Vendors <and> BAAs", List.of(text("vendors.csv", "x"))),
				new BinderAssembler.Section("08-incidents", "Incidents and breaches", List.of())));
		String index = new String(unzip(binder.zip()).get(binder.root() + "/index.html"), StandardCharsets.UTF_8);
		assertThat(index).contains("<a href=\"06-vendors/vendors.csv\">")
			.contains("Vendors &lt;and&gt; BAAs")
			.contains("Maple Dental &amp; Co.")
			.contains("Incidents and breaches</h2><p>Nothing is recorded here yet.</p>")
			.contains("sha256sum -c manifest-sha256.txt")
			.contains(BinderAssembler.sha256("x".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void unsafeAndRepeatedNamesBecomeSafeAndUnique() throws IOException {
		BinderAssembler.Assembled binder = assemble(List.of(new BinderAssembler.Section("../06 vendors", "Vendors",
				List.of(text("../../etc/passwd", "1"), text("BAA Acme.pdf", "2"), text("baa acme.pdf", "3")))));
		assertThat(unzip(binder.zip()).keySet())
			.contains(binder.root() + "/06-vendors/etc-passwd", binder.root() + "/06-vendors/BAA-Acme.pdf",
					binder.root() + "/06-vendors/baa-acme-2.pdf")
			.allMatch((name) -> !name.contains(".."));
	}

}
