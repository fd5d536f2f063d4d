package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Every addressable decision of an assessment on one page: one row per specification, in
 * the catalog's order. A row without a choice stays undecided; a row whose choice and
 * text are as stored is not saved again.
 *
 * @param rows the specifications' rows ({@code rows[0].outcome},
 * {@code rows[0].reason}...)
 */
record DecisionsForm(@Valid @Size(max = 200, message = "Too many rows.") List<Row> rows) {

	DecisionsForm {
		rows = (rows != null) ? rows.stream().map((row) -> (row != null) ? row : Row.EMPTY).toList() : List.of();
	}

	/**
	 * One specification's decision; the fields are those of {@link DecisionForm}, plus
	 * the specification it is about.
	 *
	 * @param citation the specification, e.g. {@code 164.312(a)(2)(iv)}
	 * @param outcome the choice, {@code null} while undecided
	 */
	record Row(@Nullable String citation, @Nullable DecisionOutcome outcome,
			@Size(max = 4000, message = "Keep the description under 4,000 characters.") @Nullable String alternative,
			@Size(max = 4000, message = "Keep the reason under 4,000 characters.") @Nullable String reason,
			Boolean alternativeImplemented, @Nullable UUID plannedTaskId) {

		static final Row EMPTY = new Row(null, null, null, null, false, null);

		Row {
			// An unticked checkbox sends nothing.
			alternativeImplemented = Boolean.TRUE.equals(alternativeImplemented);
		}

		DecisionForm decision() {
			return new DecisionForm(this.outcome, this.alternative, this.reason, this.alternativeImplemented,
					this.plannedTaskId);
		}

	}

}
