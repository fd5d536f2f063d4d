package dev.bulwark.evidence;

import java.util.Arrays;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is kept only if its name and its content agree on a kind that is kept. */
class EvidenceTypesTests {

	private static EvidenceTypes.Kind check(String name, byte[] content) {
		return EvidenceTypes.check(name, content, content.length);
	}

	private static String refusal(String name, byte[] content) {
		try {
			check(name, content);
		}
		catch (InvalidInputException ex) {
			assertThat(ex.errors()).containsOnlyKeys("file");
			return ex.errors().get("file");
		}
		throw new AssertionError(name + " was accepted");
	}

	@Test
	void acceptsEveryKindWithMatchingContent() {
		assertThat(check("BAA Acme.pdf", EvidenceFiles.pdf("x"))).isEqualTo(EvidenceTypes.Kind.PDF);
		assertThat(check("screen.PNG", EvidenceFiles.png())).isEqualTo(EvidenceTypes.Kind.PNG);
		assertThat(check("photo.jpg", EvidenceFiles.jpeg())).isEqualTo(EvidenceTypes.Kind.JPEG);
		assertThat(check("photo.jpeg", EvidenceFiles.jpeg())).isEqualTo(EvidenceTypes.Kind.JPEG);
		assertThat(check("a.gif", EvidenceFiles.gif())).isEqualTo(EvidenceTypes.Kind.GIF);
		assertThat(check("a.webp", EvidenceFiles.webp())).isEqualTo(EvidenceTypes.Kind.WEBP);
		assertThat(check("log.txt", EvidenceFiles.text("backup ok\n"))).isEqualTo(EvidenceTypes.Kind.TEXT);
		assertThat(check("users.csv", EvidenceFiles.text("name,role\nLee,staff\n"))).isEqualTo(EvidenceTypes.Kind.CSV);
		assertThat(check("policy.docx", EvidenceFiles.docx())).isEqualTo(EvidenceTypes.Kind.DOCX);
		assertThat(check("sheet.xlsx", EvidenceFiles.docx())).isEqualTo(EvidenceTypes.Kind.XLSX);
		assertThat(check("deck.pptx", EvidenceFiles.docx())).isEqualTo(EvidenceTypes.Kind.PPTX);
		assertThat(check("plan.odt", EvidenceFiles.odf("application/vnd.oasis.opendocument.text")))
			.isEqualTo(EvidenceTypes.Kind.ODT);
		assertThat(check("plan.ods", EvidenceFiles.odf("application/vnd.oasis.opendocument.spreadsheet")))
			.isEqualTo(EvidenceTypes.Kind.ODS);
		assertThat(check("mail.msg", EvidenceFiles.ole2())).isEqualTo(EvidenceTypes.Kind.MSG);
		assertThat(check("mail.eml", EvidenceFiles.eml())).isEqualTo(EvidenceTypes.Kind.EML);
	}

	@Test
	void anOfficePackageWrittenInAnotherOrderIsRecognisedByItsCentralDirectory() {
		byte[] docx = EvidenceFiles.docxContentTypesLast();
		assertThat(check("policy.docx", docx)).isEqualTo(EvidenceTypes.Kind.DOCX);
		assertThat(EvidenceTypes.namesCentralEntry(docx, docx.length, "[Content_Types].xml")).isTrue();
		assertThat(EvidenceTypes.namesCentralEntry(docx, docx.length, "[Content_Types].xm")).isFalse();
	}

	@Test
	void refusesAProgramRenamedPdf() {
		assertThat(refusal("invoice.pdf", EvidenceFiles.exe())).contains("named .pdf")
			.contains("not a PDF document")
			.contains("disguised");
	}

	@Test
	void refusesContentThatDoesNotMatchTheName() {
		assertThat(refusal("policy.docx", EvidenceFiles.zip())).contains("not a Word document");
		assertThat(refusal("policy.docx", EvidenceFiles.pdf("x"))).contains("not a Word document");
		assertThat(refusal("report.pdf", EvidenceFiles.png())).contains("not a PDF document");
		assertThat(refusal("plan.ods", EvidenceFiles.odf("application/vnd.oasis.opendocument.text")))
			.contains("not an OpenDocument spreadsheet");
		byte[] binary = new byte[64];
		Arrays.fill(binary, (byte) 0);
		binary[0] = 7;
		assertThat(refusal("notes.txt", binary)).contains("not plain text");
		assertThat(refusal("mail.msg", EvidenceFiles.text("hello"))).contains("not an Outlook e-mail");
	}

	@Test
	void refusesArchivesProgramsAndUnknownKindsWithAPlainReason() {
		assertThat(refusal("evidence.zip", EvidenceFiles.zip())).contains("Archives (.zip) are not kept")
			.contains("one at a time");
		assertThat(refusal("setup.exe", EvidenceFiles.exe())).contains("Files ending in .exe are not kept")
			.contains("Print to PDF");
		assertThat(refusal("drawing.svg", EvidenceFiles.text("<svg/>"))).contains(".svg are not kept");
		assertThat(refusal("README", EvidenceFiles.text("hello"))).contains("no extension");
		assertThat(refusal("page.html", EvidenceFiles.text("<html></html>"))).contains(".html are not kept");
	}

	@Test
	void offersTheKeptExtensionsToTheFilePicker() {
		assertThat(EvidenceTypes.accept()).startsWith(".pdf,.png,.jpg,.jpeg").contains(".docx").doesNotContain("zip");
	}

}
