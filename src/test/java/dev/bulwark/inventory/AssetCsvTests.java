package dev.bulwark.inventory;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AssetCsvTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	private static AssetCsv.Parsed parse(String csv) {
		return AssetCsv.parse(new StringReader(csv), validator, TODAY);
	}

	@Test
	void readsTheTemplate() {
		StringWriter template = new StringWriter();
		AssetCsv.writeTemplate(template);
		AssetCsv.Parsed parsed = parse(template.toString());
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.form().name()).isEqualTo("Front desk PC");
			assertThat(row.form().kind()).isEqualTo(AssetKind.WORKSTATION);
			assertThat(row.form().ephi()).isEqualTo(EphiUse.ACCESSES);
			assertThat(row.form().encryption()).isEqualTo(Answer.YES);
			assertThat(row.form().purchaseDate()).isEqualTo(LocalDate.of(2023, 5, 14));
			assertThat(row.segmentName()).isEqualTo("Clinical");
		});
	}

	@Test
	void toleratesColumnOrderCaseAndSpaces() {
		AssetCsv.Parsed parsed = parse("""
				Encryption,KIND,Name,Network Segment,EPHI
				no,Laptop,Dr Lee laptop,Clinical,stores
				""");
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies((row) -> {
			assertThat(row.form().name()).isEqualTo("Dr Lee laptop");
			assertThat(row.form().kind()).isEqualTo(AssetKind.LAPTOP);
			assertThat(row.form().encryption()).isEqualTo(Answer.NO);
			assertThat(row.form().ephi()).isEqualTo(EphiUse.STORES);
			assertThat(row.segmentName()).isEqualTo("Clinical");
		});
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		AssetCsv.Parsed parsed = parse(
				"name,kind,notes\n\"Smith, J. \"\"front\"\" PC\",pc,\"line one\nline two\"\n" + "Server,server,\n");
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.rows()).hasSize(2);
		assertThat(parsed.rows().get(0).form().name()).isEqualTo("Smith, J. \"front\" PC");
		assertThat(parsed.rows().get(0).form().notes()).isEqualTo("line one\nline two");
		// The row after a two-line value starts on line 4.
		assertThat(parsed.rows().get(1).line()).isEqualTo(4);
	}

	@Test
	void rejectsEachBadRowWithItsLineNumberAndReason() {
		AssetCsv.Parsed parsed = parse("""
				name,kind,encryption,purchase_date,mac_address
				Good PC,workstation,yes,2023-01-31,
				,laptop,no,,
				Toaster,toaster,yes,,
				Laptop 2,laptop,maybe,31.01.2023,zz
				Laptop 3,laptop,no,1/31/2023,00:1a:2b:3c:4d:5e
				""");
		assertThat(parsed.rows()).extracting(AssetCsv.Row::line).containsExactly(2L, 6L);
		assertThat(parsed.rows().get(1).form().purchaseDate()).isEqualTo(LocalDate.of(2023, 1, 31));
		assertThat(parsed.rejected()).extracting(ImportResult.Rejection::line).containsExactly(3L, 4L, 5L);
		assertThat(parsed.rejected().get(0).reason()).contains("name: Enter a name");
		assertThat(parsed.rejected().get(1).reason()).contains("kind: \"toaster\" is not a kind Bulwark knows");
		assertThat(parsed.rejected().get(2).reason()).contains("encryption: \"maybe\" is not understood")
			.contains("purchase_date: \"31.01.2023\" is not a date")
			.contains("mac_address:");
	}

	@Test
	void rejectsUnknownColumnsInTheHeader() {
		AssetCsv.Parsed parsed = parse("name,kind,encription\nPC,workstation,yes\n");
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.rejected()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(1);
			assertThat(row.reason()).contains("\"encription\" is not a column Bulwark knows");
		});
	}

	@Test
	void rejectsAHeaderWithoutKind() {
		AssetCsv.Parsed parsed = parse("name\nPC\n");
		assertThat(parsed.rejected()).singleElement()
			.extracting(ImportResult.Rejection::reason)
			.asString()
			.contains("no \"kind\" column");
	}

	@Test
	void rejectsRowsWithMoreValuesThanColumns() {
		AssetCsv.Parsed parsed = parse("name,kind\nSmith, J PC,workstation\n");
		assertThat(parsed.rejected()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.reason()).contains("3 values but the header has 2 columns");
		});
	}

	@Test
	void ignoresAByteOrderMarkAndBlankLines() {
		AssetCsv.Parsed parsed = parse("\uFEFFname,kind\n\nPC,workstation\n,\n");
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.rows()).hasSize(1);
	}

	@Test
	void exportNeutralisesFormulasAndReadsBackUnchanged() {
		AssetDetails asset = new AssetDetails(java.util.UUID.randomUUID(), "=HYPERLINK(\"http://x\")",
				AssetKind.CLOUD_SERVICE, "+Dr Who", "@home", null, null, null, null, null, null,
				LocalDate.of(2022, 2, 2), EphiUse.STORES, Answer.YES, "-AES", Answer.NO, Answer.UNKNOWN,
				PatchStatus.END_OF_LIFE, null, Answer.UNKNOWN, null, "Clinical", AssetStatus.SPARE, null, null, null,
				"notes, with comma", Instant.EPOCH, Instant.EPOCH);
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(out);
		AssetCsv.writeHeader(csv);
		AssetCsv.writer(csv).accept(asset);
		AssetCsv.flush(csv);
		assertThat(out.toString()).contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
			.contains("'+Dr Who")
			.contains("'@home");

		AssetCsv.Parsed parsed = parse(out.toString());
		assertThat(parsed.rejected()).isEmpty();
		AssetForm form = parsed.rows().get(0).form();
		assertThat(form.name()).isEqualTo(asset.name());
		assertThat(form.assignedTo()).isEqualTo("+Dr Who");
		assertThat(form.encryptionMethod()).isEqualTo("-AES");
		assertThat(form.kind()).isEqualTo(AssetKind.CLOUD_SERVICE);
		assertThat(form.patchStatus()).isEqualTo(PatchStatus.END_OF_LIFE);
		assertThat(form.status()).isEqualTo(AssetStatus.SPARE);
		assertThat(form.mfa()).isEqualTo(Answer.NO);
		assertThat(form.notes()).isEqualTo("notes, with comma");
		assertThat(parsed.rows().get(0).segmentName()).isEqualTo("Clinical");
	}

	@Test
	void parsesTenThousandQuotedRows() {
		StringBuilder csv = new StringBuilder("name,kind,ephi,encryption,notes\n");
		for (int i = 0; i < 10_000; i++) {
			csv.append("\"PC ").append(i).append("\",workstation,stores,no,\"a, b\"\n");
		}
		AssetCsv.Parsed parsed = parse(csv.toString());
		assertThat(parsed.rows()).hasSize(10_000);
		assertThat(parsed.rows().get(9_999).form().notes()).isEqualTo("a, b");
		assertThat(parsed.rows().get(9_999).line()).isEqualTo(10_001);
	}

	@Test
	void datesAfterThePracticesTodayAreRejected() {
		AssetCsv.Parsed parsed = parse("""
				name,kind,purchase_date,last_patched_on,status,disposed_on
				Bought today,laptop,2026-03-01,,,
				Bought tomorrow,laptop,2026-03-02,,,
				Patched tomorrow,laptop,,3/2/2026,,
				Disposed tomorrow,laptop,,,disposed,2026-03-02
				""");
		assertThat(parsed.rows()).extracting((row) -> row.form().name()).containsExactly("Bought today");
		assertThat(parsed.rejected()).extracting(ImportResult.Rejection::line, ImportResult.Rejection::reason)
			.containsExactly(tuple(3L, "purchase_date: The purchase date cannot be in the future."),
					tuple(4L, "last_patched_on: The last update cannot be in the future."),
					tuple(5L, "disposed_on: The disposal date cannot be in the future."));
	}

	@Test
	void aRowWithANulCharacterIsRejectedAndTheOthersRead() {
		AssetCsv.Parsed parsed = parse("name,kind\nFront PC,workstation\nBad\u0000PC,workstation\n");
		assertThat(parsed.rows()).extracting((row) -> row.form().name()).containsExactly("Front PC");
		assertThat(parsed.rejected()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.reason()).startsWith("This row contains a NUL character");
		});
	}

	@Test
	void excelsPlainCsvInTheWindowsCodePageIsReadWithItsAccents() throws Exception {
		byte[] windows = "name,kind,location\nFront PC,workstation,Caf\u00e9 \u2013 back\n"
			.getBytes(Charset.forName("windows-1252"));
		try (Reader reader = AssetCsv.reader(new ByteArrayInputStream(windows))) {
			AssetCsv.Parsed parsed = AssetCsv.parse(reader, validator, TODAY);
			assertThat(parsed.rejected()).isEmpty();
			assertThat(parsed.rows()).singleElement()
				.satisfies((row) -> assertThat(row.form().location()).isEqualTo("Caf\u00e9 \u2013 back"));
		}
	}

	@Test
	void aFileThatIsNeitherUtf8NorWindowsTextIsRejectedInsteadOfGarbled() throws Exception {
		byte[] neither = { 'n', 'a', 'm', 'e', '\n', 'P', 'C', (byte) 0x81, (byte) 0xC3, '\n' };
		try (Reader reader = AssetCsv.reader(new ByteArrayInputStream(neither))) {
			AssetCsv.Parsed parsed = AssetCsv.parse(reader, validator, TODAY);
			assertThat(parsed.rows()).isEmpty();
			assertThat(parsed.rejected()).singleElement()
				.extracting(ImportResult.Rejection::reason)
				.asString()
				.startsWith("The file is neither UTF-8 nor Windows text");
		}
	}

	@Test
	void anExcelWorkbookIsRefusedWithHowToSaveItAsCsv() throws Exception {
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 };
		try (Reader reader = AssetCsv.reader(new ByteArrayInputStream(xlsx))) {
			AssetCsv.Parsed parsed = AssetCsv.parse(reader, validator, TODAY);
			assertThat(parsed.rows()).isEmpty();
			assertThat(parsed.rejected()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.line()).isEqualTo(1);
				assertThat(rejection.reason()).startsWith("This is an Excel workbook (.xlsx), not a CSV file.")
					.contains("CSV UTF-8 (Comma delimited) (*.csv)");
			});
		}
	}

	@Test
	void semicolonsByteOrderMarkAndTwoDigitYearsAreUnderstood() throws Exception {
		byte[] european = ("\uFEFFname;kind;location;purchase_date\n"
				+ "Front PC;workstation;Caf\u00e9, 1st floor;3/31/24\nOld server;server;Closet;5/1/98\n")
			.getBytes(StandardCharsets.UTF_8);
		try (Reader reader = AssetCsv.reader(new ByteArrayInputStream(european))) {
			AssetCsv.Parsed parsed = AssetCsv.parse(reader, validator, TODAY);
			assertThat(parsed.rejected()).isEmpty();
			assertThat(parsed.rows())
				.extracting((row) -> row.form().name(), (row) -> row.form().location(),
						(row) -> row.form().purchaseDate())
				.containsExactly(tuple("Front PC", "Caf\u00e9, 1st floor", LocalDate.of(2024, 3, 31)),
						tuple("Old server", "Closet", LocalDate.of(1998, 5, 1)));
		}
	}

	@Test
	void aTwoDigitYearIsNeverInTheFuture() {
		java.util.regex.Matcher date = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})")
			.matcher("12/31/26");
		assertThat(date.matches()).isTrue();
		assertThat(AssetCsv.shortYear(date, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(AssetCsv.shortYear(date, LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(1926, 12, 31));
	}

	@Test
	void utf8TextReadsAsWritten() throws Exception {
		byte[] utf8 = "name,kind,location\nFront PC,workstation,Caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
		try (Reader reader = AssetCsv.reader(new ByteArrayInputStream(utf8))) {
			assertThat(AssetCsv.parse(reader, validator, TODAY).rows()).singleElement()
				.extracting((row) -> row.form().location())
				.isEqualTo("Caf\u00e9");
		}
	}

	@Test
	void stopsAtTheRowLimit() {
		StringBuilder csv = new StringBuilder("name,kind\n");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i <= AssetCsv.MAX_ROWS; i++) {
			lines.add("PC" + i + ",pc");
		}
		csv.append(String.join("\n", lines));
		AssetCsv.Parsed parsed = parse(csv.toString());
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.rejected()).last().extracting(ImportResult.Rejection::reason).asString().contains("Split");
	}

}
