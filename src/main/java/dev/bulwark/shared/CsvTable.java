package dev.bulwark.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A small CSV table for exports (registers in the audit binder, downloads): a header,
 * rows of values, every text cell guarded by {@link SpreadsheetCells#export} so that
 * nothing typed into Bulwark runs as a formula when the file is opened in a spreadsheet.
 */
public final class CsvTable {

	private final List<String[]> rows = new ArrayList<>();

	private CsvTable(String[] header) {
		this.rows.add(header.clone());
	}

	public static CsvTable of(String... header) {
		return new CsvTable(header);
	}

	/**
	 * Adds a row; {@code null} is an empty cell, numbers and booleans are written as they
	 * are, other values as guarded text.
	 */
	public CsvTable row(Object... cells) {
		String[] row = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			Object cell = cells[i];
			if (cell == null) {
				row[i] = "";
			}
			else if (cell instanceof Number || cell instanceof Boolean) {
				// Numbers are data, not text someone typed: a negative one stays a
				// number.
				row[i] = cell.toString();
			}
			else {
				row[i] = SpreadsheetCells.export(cell.toString());
			}
		}
		this.rows.add(row);
		return this;
	}

	/** Rows without the header. */
	public int size() {
		return this.rows.size() - 1;
	}

	/** The table as UTF-8 CSV (RFC 4180, CRLF line ends). */
	public byte[] bytes() {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			for (String[] row : this.rows) {
				csv.writeRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
