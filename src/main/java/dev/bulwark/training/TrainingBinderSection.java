package dev.bulwark.training;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The training part of the audit binder ({@code 05-training}): every completion record
 * (person, module, version, date, score) and the completion matrix, as CSV.
 */
@Component
class TrainingBinderSection implements BinderSection {

	private final Training training;

	TrainingBinderSection(Training training) {
		this.training = training;
	}

	@Override
	public String folder() {
		return "05-training";
	}

	@Override
	public String title() {
		return "Security awareness training";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		List<Attempt> records = this.training.allRecords(practiceId);
		CompletionMatrix matrix = this.training.matrix(practiceId);
		if (records.isEmpty() && matrix.rows().isEmpty()) {
			return List.of();
		}
		return List.of(
				new Document("training-records.csv",
						"Completion records of the training modules: person, module and version, date, score",
						"text/csv", recordsCsv(records)),
				new Document("completion-matrix.csv",
						"Each person of the workforce by training module: last pass, next due date, overdue",
						"text/csv", matrixCsv(matrix)));
	}

	static byte[] recordsCsv(List<Attempt> records) {
		return csv((csv) -> {
			csv.writeRecord("person", "module", "module_version", "completed_on", "score_percent", "correct",
					"questions", "pass_mark_percent", "record_id");
			for (Attempt a : records) {
				csv.writeRecord(SpreadsheetCells.export(a.personName()), SpreadsheetCells.export(a.moduleTitle()),
						String.valueOf(a.moduleVersion()), a.takenOn().toString(), String.valueOf(a.score()),
						String.valueOf(a.correct()), String.valueOf(a.total()), String.valueOf(a.passMark()),
						a.id().toString());
			}
		});
	}

	static byte[] matrixCsv(CompletionMatrix matrix) {
		return csv((csv) -> {
			List<String> header = new ArrayList<>(List.of("person", "role"));
			matrix.modules().forEach((m) -> header.add(m.title()));
			csv.writeRecord(header);
			for (CompletionMatrix.Row row : matrix.rows()) {
				List<String> cells = new ArrayList<>(
						List.of(SpreadsheetCells.export(row.name()), SpreadsheetCells.export(row.role())));
				row.cells().forEach((cell) -> cells.add(cell.text()));
				csv.writeRecord(cells);
			}
		});
	}

	private interface Rows {

		void write(CsvWriter csv) throws IOException;

	}

	private static byte[] csv(Rows rows) {
		StringWriter out = new StringWriter();
		try {
			CsvWriter csv = CsvWriter.builder().build(out);
			rows.write(csv);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
