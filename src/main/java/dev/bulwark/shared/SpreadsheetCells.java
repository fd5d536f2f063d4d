package dev.bulwark.shared;

/**
 * CSV cells that are safe to open in a spreadsheet. A cell starting with {@code = + - @}
 * (or a tab or carriage return) would be run as a formula by Excel or LibreOffice ("CSV
 * injection"), so exports prefix it with a quote; imports remove that prefix again so an
 * exported file re-imports unchanged.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The value to write into an exported cell; {@code null} becomes empty. */
	public static String export(String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/** The value an exported cell stood for (undoes {@link #export}). */
	public static String imported(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

}
