package dev.bulwark.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * People by modules for the security officer: for each person of the workforce and each
 * module, the last pass and what is open.
 *
 * @param modules the columns, in course order
 * @param rows one per person, by name
 */
record CompletionMatrix(List<ModuleColumn> modules, List<Row> rows) {

	/** Cells with a current pass, out of all cells. */
	public long passedCells() {
		return this.rows.stream()
			.flatMap((row) -> row.cells().stream())
			.filter((cell) -> cell.status() == Status.PASSED)
			.count();
	}

	public long cells() {
		return (long) this.rows.size() * this.modules.size();
	}

	record ModuleColumn(String key, String title) {

	}

	record Row(UUID userId, String name, String role, List<Cell> cells) {

	}

	/**
	 * One person and one module.
	 *
	 * @param lastPassedOn the last pass, or {@code null}
	 * @param score the last pass's score
	 * @param dueOn the open assignment's due date, or {@code null}
	 */
	record Cell(String moduleKey, Status status, LocalDate lastPassedOn, Integer score, LocalDate dueOn) {

		public String text() {
			return switch (this.status) {
				case PASSED -> "Passed " + this.lastPassedOn + " (" + this.score + "%)"
						+ ((this.dueOn != null) ? ", next due " + this.dueOn : "");
				case DUE -> "Due " + this.dueOn;
				case OVERDUE -> "Overdue since " + this.dueOn;
				case NOT_ASSIGNED -> "Not assigned";
			};
		}

	}

	/** Where a person stands with a module. */
	enum Status {

		/** Passed, and the next (yearly) assignment is not overdue. */
		PASSED,

		/** Assigned, never passed, not yet overdue. */
		DUE,

		/** The open assignment's due date has passed. */
		OVERDUE,

		/** Never passed and not assigned. */
		NOT_ASSIGNED

	}

}
