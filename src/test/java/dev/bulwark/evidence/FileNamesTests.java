package dev.bulwark.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored file names and the download header; return paths after an upload. */
class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.clean("C:\\fakepath\\BAA Acme.pdf")).isEqualTo("BAA Acme.pdf");
		assertThat(FileNames.clean("../../etc/passwd.txt")).isEqualTo("passwd.txt");
	}

	@Test
	void removesInvisibleAndForbiddenCharacters() {
		// A right-to-left override makes "invoice\u202Efdp.exe" look like
		// "invoiceexe.pdf".
		assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.clean("a\u0000b\r\nc\t.pdf")).isEqualTo("abc.pdf");
		assertThat(FileNames.clean("what?*<>|\"report\".pdf")).isEqualTo("whatreport.pdf");
		assertThat(FileNames.clean("...hidden.pdf. ")).isEqualTo("hidden.pdf");
		assertThat(FileNames.clean(null)).isEqualTo("evidence");
		assertThat(FileNames.clean("\u202E")).isEqualTo("evidence");
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String cleaned = FileNames.clean("x".repeat(300) + ".pdf");
		assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("x.pdf");
		assertThat(FileNames.extension(cleaned)).isEqualTo("pdf");
	}

	@Test
	void sendsEveryFileAsAnAttachmentWithAnAsciiAndAnExactName() {
		assertThat(FileNames.contentDisposition("BAA Acme.pdf"))
			.isEqualTo("attachment; filename=\"BAA Acme.pdf\"; filename*=UTF-8''BAA%20Acme.pdf");
		assertThat(FileNames.contentDisposition("Zürich 100%.pdf"))
			.isEqualTo("attachment; filename=\"Z_rich 100_.pdf\"; filename*=UTF-8''Z%C3%BCrich%20100%25.pdf");
		assertThat(FileNames.contentDisposition("a;b'c.pdf"))
			.isEqualTo("attachment; filename=\"a;b'c.pdf\"; filename*=UTF-8''a%3Bb%27c.pdf");
	}

	@Test
	void titlesComeFromTheNameWithoutItsExtension() {
		assertThat(FileNames.title("Restore_test_March.pdf")).isEqualTo("Restore test March");
		assertThat(FileNames.title("notes")).isEqualTo("notes");
	}

	@Test
	void returnsOnlyToPathsOfThisSite() {
		assertThat(ReturnPaths.safe("/inventory/assets/1f0c?tab=evidence", "/evidence"))
			.isEqualTo("/inventory/assets/1f0c?tab=evidence");
		for (String unsafe : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example",
				"javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "relative/path", "", "/\t/evil.example" }) {
			assertThat(ReturnPaths.safe(unsafe, "/evidence")).as(unsafe).isEqualTo("/evidence");
		}
		assertThat(ReturnPaths.safe(null, null)).isNull();
	}

}
