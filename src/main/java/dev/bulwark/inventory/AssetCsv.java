package dev.bulwark.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.SpreadsheetCells;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The inventory's CSV format: a header row naming the columns (any order, any case,
 * spaces or underscores), one asset per row. Reading checks every row and reports each
 * rejected one with its line number and the reason in plain words; writing neutralises
 * spreadsheet formulas.
 */
final class AssetCsv {

	/** The columns, in the order the export and the template use. */
	static final List<String> COLUMNS = List.of("name", "kind", "assigned_to", "location", "manufacturer", "model",
			"os_version", "serial_number", "ip_address", "mac_address", "purchase_date", "ephi", "encryption",
			"encryption_method", "mfa", "backed_up", "patch_status", "last_patched_on", "anti_malware",
			"network_segment", "status", "disposed_on", "disposal_method", "disposed_by", "notes");

	/** Upper bound on rows per file, so one upload cannot exhaust memory. */
	static final int MAX_ROWS = 50_000;

	private static final Map<String, String> PROPERTY_COLUMNS = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("kind", "kind"), Map.entry("assignedTo", "assigned_to"), Map.entry("location", "location"),
			Map.entry("manufacturer", "manufacturer"), Map.entry("model", "model"),
			Map.entry("osVersion", "os_version"), Map.entry("serialNumber", "serial_number"),
			Map.entry("ipAddress", "ip_address"), Map.entry("macAddress", "mac_address"),
			Map.entry("purchaseDate", "purchase_date"), Map.entry("encryptionMethod", "encryption_method"),
			Map.entry("lastPatchedOn", "last_patched_on"), Map.entry("notes", "notes"));

	/** 3/31/24: a US date with a two-digit year. */
	private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, AssetKind> KINDS = new HashMap<>();

	static {
		for (AssetKind kind : AssetKind.values()) {
			KINDS.put(token(kind.name()), kind);
			KINDS.put(token(kind.label()), kind);
		}
		synonyms(AssetKind.WORKSTATION, "desktop", "pc", "computer");
		synonyms(AssetKind.LAPTOP, "notebook");
		synonyms(AssetKind.MOBILE, "phone", "tablet", "smartphone", "ipad", "iphone", "phonetablet");
		synonyms(AssetKind.NETWORK_DEVICE, "router", "switch", "firewall", "accesspoint", "wifi", "network");
		synonyms(AssetKind.REMOVABLE_MEDIA, "usb", "usbdrive", "externaldrive", "media");
		synonyms(AssetKind.PRINTER_SCANNER, "printer", "scanner", "copier", "mfp", "printerscanner");
		synonyms(AssetKind.APPLICATION, "software", "app");
		synonyms(AssetKind.CLOUD_SERVICE, "cloud", "saas");
		synonyms(AssetKind.MEDICAL_DEVICE, "medical");
		synonyms(AssetKind.SERVER, "nas");
	}

	private AssetCsv() {
	}

	private static void synonyms(AssetKind kind, String... words) {
		for (String word : words) {
			KINDS.put(word, kind);
		}
	}

	/**
	 * One readable row.
	 *
	 * @param line line number where the row starts in the file
	 * @param segmentName the network segment it names, or {@code null}
	 */
	record Row(long line, AssetForm form, String segmentName, LocalDate disposedOn, String disposalMethod,
			String disposedBy) {

	}

	/** Readable rows and rejected ones. */
	record Parsed(List<Row> rows, List<ImportResult.Rejection> rejected) {

	}

	/** Largest file read (an inventory of 50,000 rows is about 8 MB). */
	static final int MAX_BYTES = 32 * 1024 * 1024;

	/** The Windows code page Excel uses for its plain "CSV (Comma delimited)". */
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * The text of an uploaded file, as offices have them: UTF-8 (with or without the byte
	 * order mark Excel writes), or else Excel's plain CSV in the Windows code page,
	 * decoded as such rather than garbled. Anything else (an Excel workbook, bytes that
	 * are neither) gives a reader that fails with a message saying what to do, which
	 * {@link #parse} reports as the file's only rejection.
	 */
	static Reader reader(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			return new UnreadableFile(
					"The file is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB. Split it into smaller files.");
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return new UnreadableFile("This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File, "
					+ "Save As (or Save a Copy), pick the file type \"CSV UTF-8 (Comma delimited) (*.csv)\", save, "
					+ "and import the .csv file.");
		}
		int start = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
		for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1252)) {
			try {
				return new StringReader(charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(content.duplicate())
					.toString());
			}
			catch (CharacterCodingException ex) {
				// Not this one: try the next.
			}
		}
		return new UnreadableFile("The file is neither UTF-8 nor Windows text. Save it from your spreadsheet as "
				+ "\"CSV UTF-8\" and import it again.");
	}

	/** A reader whose first read fails with the message for the person importing. */
	static final class UnreadableFile extends Reader {

		private final String message;

		UnreadableFile(String message) {
			this.message = message;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			throw new Unreadable(this.message);
		}

		@Override
		public void close() {
		}

	}

	/** Thrown by {@link UnreadableFile}; its message is meant for the person. */
	static final class Unreadable extends IOException {

		Unreadable(String message) {
			super(message);
		}

	}

	/**
	 * The separator of the header line: a semicolon when the line has semicolons and no
	 * commas (Excel in much of Europe writes "CSV" that way), else a comma.
	 */
	/**
	 * A two-digit year is this century's unless that date would be after today (then the
	 * last century's): inventory dates (purchase, patching, disposal) are never in the
	 * future, so 3/31/24 is 2024 and 5/1/98 is 1998.
	 */
	static LocalDate shortYear(Matcher date, LocalDate today) {
		int month = Integer.parseInt(date.group(1));
		int day = Integer.parseInt(date.group(2));
		int year = 2000 + Integer.parseInt(date.group(3));
		LocalDate candidate = LocalDate.of(year, month, day);
		return candidate.isAfter(today) ? LocalDate.of(year - 100, month, day) : candidate;
	}

	static char separator(String headerLine) {
		return (headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0) ? ';' : ',';
	}

	/**
	 * Reads and checks every row.
	 * @param today the practice's local date: dates after it are rejected
	 */
	static Parsed parse(Reader input, Validator validator, LocalDate today) {
		List<Row> rows = new ArrayList<>();
		List<ImportResult.Rejection> rejected = new ArrayList<>();
		BufferedReader buffered = new BufferedReader(input, 64 * 1024);
		char separator;
		try {
			buffered.mark(64 * 1024);
			String first = buffered.readLine();
			separator = separator((first != null) ? first : "");
			buffered.reset();
		}
		catch (Unreadable ex) {
			rejected.add(new ImportResult.Rejection(1, ex.getMessage()));
			return new Parsed(List.of(), rejected);
		}
		catch (IOException ex) {
			// The first line is longer than the buffer: no header row is that long.
			rejected.add(new ImportResult.Rejection(1,
					"The first line is not a header row (it is longer than 64 KB). Start with the header row from the "
							+ "template."));
			return new Parsed(List.of(), rejected);
		}
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(separator)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.skipEmptyLines(true)
			.maxBufferSize(1024 * 1024)
			.ofCsvRecord(buffered)) {
			Map<String, Integer> header = null;
			for (CsvRecord record : reader) {
				if (header == null) {
					header = header(record, rejected);
					if (header == null) {
						return new Parsed(List.of(), rejected);
					}
					continue;
				}
				if (record.getFields().stream().allMatch(String::isBlank)) {
					continue;
				}
				if (rows.size() + rejected.size() >= MAX_ROWS) {
					rejected.add(new ImportResult.Rejection(record.getStartingLineNumber(), "The file has more than "
							+ String.format(Locale.US, "%,d", MAX_ROWS) + " rows. Split it into smaller files."));
					return new Parsed(List.of(), rejected);
				}
				readRow(record, header, validator, today, rows, rejected);
			}
			if (header == null) {
				rejected.add(new ImportResult.Rejection(1,
						"The file is empty. Start with the header row from the template."));
			}
		}
		catch (CsvParseException ex) {
			rejected.add(new ImportResult.Rejection(rows.size() + rejected.size() + 2L,
					"The file could not be read as CSV near here (a quoted value may not be closed)."));
			return new Parsed(List.of(), rejected);
		}
		catch (IOException | UncheckedIOException ex) {
			if (ex.getCause() instanceof Unreadable unreadable) {
				rejected.add(new ImportResult.Rejection(1, unreadable.getMessage()));
				return new Parsed(List.of(), rejected);
			}
			if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
				rejected.add(new ImportResult.Rejection(rows.size() + rejected.size() + 2L,
						"The file is not UTF-8 text from about this line on. Save it from your spreadsheet as "
								+ "\"CSV UTF-8\" and import it again."));
				return new Parsed(List.of(), rejected);
			}
			throw (ex instanceof UncheckedIOException unchecked) ? unchecked
					: new UncheckedIOException((IOException) ex);
		}
		return new Parsed(rows, rejected);
	}

	private static Map<String, Integer> header(CsvRecord record, List<ImportResult.Rejection> rejected) {
		Map<String, Integer> header = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		List<String> fields = record.getFields();
		for (int i = 0; i < fields.size(); i++) {
			String raw = fields.get(i);
			String column = raw.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
			if (column.isEmpty()) {
				continue;
			}
			if (!COLUMNS.contains(column)) {
				problems.add("\"" + raw.strip() + "\" is not a column Bulwark knows");
			}
			else if (header.putIfAbsent(column, i) != null) {
				problems.add("the column \"" + column + "\" appears twice");
			}
		}
		for (String required : List.of("name", "kind")) {
			if (!header.containsKey(required) && problems.isEmpty()) {
				problems.add("the header row has no \"" + required + "\" column");
			}
		}
		if (!problems.isEmpty()) {
			rejected.add(new ImportResult.Rejection(record.getStartingLineNumber(), "Header row: "
					+ String.join("; ", problems) + ". The columns are: " + String.join(", ", COLUMNS) + "."));
			return null;
		}
		return header;
	}

	private static void readRow(CsvRecord record, Map<String, Integer> header, Validator validator, LocalDate today,
			List<Row> rows, List<ImportResult.Rejection> rejected) {
		long line = record.getStartingLineNumber();
		if (record.getFields().stream().anyMatch((field) -> field.indexOf('\u0000') >= 0)) {
			rejected.add(new ImportResult.Rejection(line, "This row contains a NUL character (a zero byte), which "
					+ "cannot be stored. Save the file from your spreadsheet as CSV text and import it again."));
			return;
		}
		if (record.getFieldCount() > header.size() + extraBlankAllowance(record, header)) {
			rejected.add(new ImportResult.Rejection(line,
					"This row has " + record.getFieldCount() + " values but the header has " + header.size()
							+ " columns (a comma inside a value must be " + "in double quotes)."));
			return;
		}
		Values values = new Values(record, header, today);
		List<String> problems = new ArrayList<>();
		AssetKind kind = values.kind(problems);
		AssetForm form = new AssetForm(values.text("name"), kind, values.text("assigned_to"), values.text("location"),
				values.text("manufacturer"), values.text("model"), values.text("os_version"),
				values.text("serial_number"), values.text("ip_address"), values.text("mac_address"),
				values.date("purchase_date", problems), values.ephi(problems), values.answer("encryption", problems),
				values.text("encryption_method"), values.answer("mfa", problems), values.answer("backed_up", problems),
				values.patchStatus(problems), values.date("last_patched_on", problems),
				values.answer("anti_malware", problems), null, values.status(problems), values.text("notes"));
		if (kind == null && values.text("kind") == null) {
			problems.add("kind: it is empty. Use one of: " + kindWords() + ".");
		}
		for (ConstraintViolation<AssetForm> violation : validator.validate(form)) {
			String property = violation.getPropertyPath().toString();
			if (!"kind".equals(property)) {
				problems.add(PROPERTY_COLUMNS.getOrDefault(property, property) + ": " + violation.getMessage());
			}
		}
		InvalidInputException.Problems dates = new InvalidInputException.Problems();
		Asset.checkDates(form, today, dates);
		dates.asMap()
			.forEach((property, message) -> problems
				.add(PROPERTY_COLUMNS.getOrDefault(property, property) + ": " + message));
		LocalDate disposedOn = values.date("disposed_on", problems);
		if (disposedOn != null && disposedOn.isAfter(today)) {
			problems.add("disposed_on: The disposal date cannot be in the future.");
		}
		String disposalMethod = limit(values.text("disposal_method"), 500, "disposal_method", problems);
		String disposedBy = limit(values.text("disposed_by"), 200, "disposed_by", problems);
		String segment = limit(values.text("network_segment"), 200, "network_segment", problems);
		if (!problems.isEmpty()) {
			rejected.add(new ImportResult.Rejection(line, String.join("; ", new TreeSet<>(problems))));
			return;
		}
		rows.add(new Row(line, form, segment, disposedOn, disposalMethod, disposedBy));
	}

	/** Spreadsheets often leave trailing empty cells; they are harmless. */
	private static int extraBlankAllowance(CsvRecord record, Map<String, Integer> header) {
		int trailingBlank = 0;
		for (int i = record.getFieldCount() - 1; i >= header.size() && record.getField(i).isBlank(); i--) {
			trailingBlank++;
		}
		return trailingBlank;
	}

	private static String limit(String value, int max, String column, List<String> problems) {
		if (value != null && value.length() > max) {
			problems.add(column + ": keep this under " + max + " characters.");
		}
		return value;
	}

	static String kindWords() {
		return String.join(", ", Arrays.stream(AssetKind.values()).map(AssetCsv::word).toList());
	}

	/** How an enum value is written in the CSV, e.g. {@code cloud_service}. */
	static String word(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : "";
	}

	private static String token(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** Reads typed values from one row, collecting problems instead of failing. */
	private static final class Values {

		private final CsvRecord record;

		private final Map<String, Integer> header;

		private final LocalDate today;

		Values(CsvRecord record, Map<String, Integer> header, LocalDate today) {
			this.record = record;
			this.header = header;
			this.today = today;
		}

		String text(String column) {
			Integer index = this.header.get(column);
			if (index == null || index >= this.record.getFieldCount()) {
				return null;
			}
			String value = this.record.getField(index).strip();
			// Undo the export's formula guard so an exported file imports unchanged.
			value = SpreadsheetCells.imported(value);
			return value.isEmpty() ? null : value;
		}

		AssetKind kind(List<String> problems) {
			String value = text("kind");
			if (value == null) {
				return null;
			}
			AssetKind kind = KINDS.get(token(value));
			if (kind == null) {
				problems.add("kind: \"" + value + "\" is not a kind Bulwark knows. Use one of: " + kindWords() + ".");
			}
			return kind;
		}

		EphiUse ephi(List<String> problems) {
			String value = text("ephi");
			if (value == null) {
				return EphiUse.UNKNOWN;
			}
			return switch (token(value)) {
				case "stores", "store", "yes", "y", "true", "1" -> EphiUse.STORES;
				case "backups", "backup", "backuptarget" -> EphiUse.BACKUPS;
				case "accesses", "access" -> EphiUse.ACCESSES;
				case "files", "filessaved", "files_saved", "saves", "downloads" -> EphiUse.FILES_SAVED;
				case "no", "n", "none", "false", "0" -> EphiUse.NONE;
				case "unknown", "notknown", "" -> EphiUse.UNKNOWN;
				default -> {
					problems.add("ephi: \"" + value
							+ "\" is not understood. Use stores, backups, accesses, files (files can be saved on it), no or unknown.");
					yield EphiUse.UNKNOWN;
				}
			};
		}

		Answer answer(String column, List<String> problems) {
			String value = text(column);
			if (value == null) {
				return Answer.UNKNOWN;
			}
			return switch (token(value)) {
				case "yes", "y", "true", "1", "x" -> Answer.YES;
				case "no", "n", "false", "0" -> Answer.NO;
				case "unknown", "notknown", "na", "notapplicable", "" -> Answer.UNKNOWN;
				default -> {
					problems.add(column + ": \"" + value + "\" is not understood. Use yes, no or unknown.");
					yield Answer.UNKNOWN;
				}
			};
		}

		PatchStatus patchStatus(List<String> problems) {
			String value = text("patch_status");
			if (value == null) {
				return PatchStatus.UNKNOWN;
			}
			return switch (token(value)) {
				case "current", "uptodate", "yes", "patched" -> PatchStatus.CURRENT;
				case "behind", "missing", "outdated", "updatesmissing", "no" -> PatchStatus.BEHIND;
				case "endoflife", "eol", "unsupported", "nolongersupportedendoflife" -> PatchStatus.END_OF_LIFE;
				case "unknown", "notknown", "" -> PatchStatus.UNKNOWN;
				default -> {
					problems.add("patch_status: \"" + value
							+ "\" is not understood. Use current, behind, end_of_life or unknown.");
					yield PatchStatus.UNKNOWN;
				}
			};
		}

		AssetStatus status(List<String> problems) {
			String value = text("status");
			if (value == null) {
				return AssetStatus.IN_USE;
			}
			return switch (token(value)) {
				case "inuse", "active", "used" -> AssetStatus.IN_USE;
				case "spare", "storage", "instorage" -> AssetStatus.SPARE;
				case "disposed", "retired", "destroyed" -> AssetStatus.DISPOSED;
				default -> {
					problems.add("status: \"" + value + "\" is not understood. Use in_use, spare or disposed.");
					yield AssetStatus.IN_USE;
				}
			};
		}

		LocalDate date(String column, List<String> problems) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				Matcher shortYear = SHORT_YEAR.matcher(value);
				if (shortYear.matches()) {
					return shortYear(shortYear, this.today);
				}
				return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
			}
			catch (DateTimeException ex) {
				problems.add(column + ": \"" + value + "\" is not a date. Write it as 2024-03-31 or 3/31/2024.");
				return null;
			}
		}

	}

	// Writing

	static void writeHeader(CsvWriter csv) {
		csv.writeRecord(COLUMNS);
	}

	static void writeTemplate(Writer out) {
		CsvWriter csv = CsvWriter.builder().build(out);
		writeHeader(csv);
		csv.writeRecord("Front desk PC", "workstation", "Reception", "Main office", "Dell", "OptiPlex 7010",
				"Windows 11 23H2", "ABC1234", "192.168.10.21", "00:1A:2B:3C:4D:5E", "2023-05-14", "accesses", "yes",
				"BitLocker", "unknown", "no", "current", "2024-06-01", "yes", "Clinical", "in_use", "", "", "",
				"Checks patients in; EHR in the browser");
		flush(csv);
	}

	static Consumer<AssetDetails> writer(CsvWriter csv) {
		return (a) -> csv.writeRecord(SpreadsheetCells.export(a.name()), word(a.kind()),
				SpreadsheetCells.export(a.assignedTo()), SpreadsheetCells.export(a.location()),
				SpreadsheetCells.export(a.manufacturer()), SpreadsheetCells.export(a.model()),
				SpreadsheetCells.export(a.osVersion()), SpreadsheetCells.export(a.serialNumber()),
				SpreadsheetCells.export(a.ipAddress()), SpreadsheetCells.export(a.macAddress()), date(a.purchaseDate()),
				word(a.ephi()), word(a.encryption()), SpreadsheetCells.export(a.encryptionMethod()), word(a.mfa()),
				word(a.backedUp()), word(a.patchStatus()), date(a.lastPatchedOn()), word(a.antiMalware()),
				SpreadsheetCells.export(a.segmentName()), word(a.status()), date(a.disposedOn()),
				SpreadsheetCells.export(a.disposalMethod()), SpreadsheetCells.export(a.disposedBy()),
				SpreadsheetCells.export(a.notes()));
	}

	static void flush(CsvWriter csv) {
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
