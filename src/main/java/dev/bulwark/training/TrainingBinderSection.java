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
 * (person, module, version, date, score), the completion matrix, outside training, the
 * security reminders sent and the phishing simulation results, as CSV.
 */
@Component
class TrainingBinderSection implements BinderSection {

	private final Training training;

	private final OutsideTrainings outside;

	private final SecurityReminders reminders;

	private final PhishingResults phishing;

	TrainingBinderSection(Training training, OutsideTrainings outside, SecurityReminders reminders,
			PhishingResults phishing) {
		this.training = training;
		this.outside = outside;
		this.reminders = reminders;
		this.phishing = phishing;
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
		List<Document> documents = new ArrayList<>();
		if (!records.isEmpty() || !matrix.rows().isEmpty()) {
			documents.add(new Document("training-records.csv",
					"Completion records of the training modules: person, module and version, date, score", "text/csv",
					recordsCsv(records)));
			documents.add(new Document("completion-matrix.csv",
					"Each person of the workforce by training module: last pass, next due date, overdue", "text/csv",
					matrixCsv(matrix)));
		}
		List<OutsideTraining> outsideRecords = this.outside.all(practiceId);
		if (!outsideRecords.isEmpty()) {
			documents.add(new Document("outside-training.csv",
					"Training taken outside Bulwark: person, course, provider, date, hours (certificates are in the "
							+ "evidence folder)",
					"text/csv", outsideCsv(outsideRecords)));
		}
		List<ReminderSending> sent = this.reminders.allSendings(practiceId);
		if (!sent.isEmpty()) {
			documents.add(new Document("security-reminders-sent.csv",
					"Security reminders sent (164.308(a)(5)(ii)(A)): date, subject, to whom, accepted by the mail server",
					"text/csv", remindersCsv(sent)));
		}
		List<PhishingResult> results = this.phishing.all(practiceId);
		if (!results.isEmpty()) {
			documents.add(new Document("phishing-simulations.csv",
					"Phishing simulations run with another tool: date, campaign, sent, clicked, reported", "text/csv",
					phishingCsv(results)));
		}
		return documents;
	}

	static byte[] outsideCsv(List<OutsideTraining> records) {
		return csv((csv) -> {
			csv.writeRecord("person", "course", "provider", "completed_on", "hours", "record_id");
			for (OutsideTraining r : records) {
				csv.writeRecord(SpreadsheetCells.export(r.personName()), SpreadsheetCells.export(r.course()),
						SpreadsheetCells.export(r.provider()), r.completedOn().toString(), r.hours().toPlainString(),
						r.id().toString());
			}
		});
	}

	static byte[] remindersCsv(List<ReminderSending> sendings) {
		return csv((csv) -> {
			csv.writeRecord("due_on", "sent_at", "subject", "person", "accepted_by_mail_server");
			for (ReminderSending s : sendings) {
				for (ReminderSending.Recipient r : s.recipients()) {
					csv.writeRecord(s.dueOn().toString(), s.sentAt().toString(), SpreadsheetCells.export(s.subject()),
							SpreadsheetCells.export(r.personName()), r.delivered() ? "yes" : "no");
				}
			}
		});
	}

	static byte[] phishingCsv(List<PhishingResult> results) {
		return csv((csv) -> {
			csv.writeRecord("run_on", "campaign", "sent", "clicked", "reported", "click_rate_percent",
					"report_rate_percent");
			for (PhishingResult r : results) {
				csv.writeRecord(r.runOn().toString(), SpreadsheetCells.export(r.campaign()), String.valueOf(r.sent()),
						String.valueOf(r.clicked()), String.valueOf(r.reported()), String.valueOf(r.clickRate()),
						String.valueOf(r.reportRate()));
			}
		});
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
