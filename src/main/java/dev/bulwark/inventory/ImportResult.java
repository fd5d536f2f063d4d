package dev.bulwark.inventory;

import java.util.List;

/**
 * The outcome of a CSV import.
 *
 * @param created assets saved
 * @param rejected rows not saved, with their line number in the file and why
 * @param saved whether anything was saved (false when a row was rejected and only a
 * complete import was asked for)
 * @param segmentsCreated network segments created because the file named them
 */
record ImportResult(int created, List<Rejection> rejected, boolean saved, int segmentsCreated) {

	/** Every row was saved. */
	boolean complete() {
		return this.saved && this.rejected.isEmpty();
	}

	/**
	 * A row that could not be imported.
	 *
	 * @param line line number in the file (the header is line 1)
	 * @param reason what is wrong, in plain words
	 */
	public record Rejection(long line, String reason) {

	}

}
