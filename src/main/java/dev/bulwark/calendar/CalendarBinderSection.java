package dev.bulwark.calendar;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The calendar's part of the audit binder: every task ever recorded (proposed-rule items
 * included and labelled, since the history is what happened) with its due date, basis,
 * who completed it and when, and the evidence attached. Dates are the practice's;
 * instants are UTC.
 */
@Component
class CalendarBinderSection implements BinderSection {

	static final String[] COLUMNS = { "due_on", "due_at_utc", "title", "kind", "source", "basis", "citation", "owner",
			"repeats", "status", "completed_on", "completed_by", "completion_note", "evidence" };

	private final Tasks tasks;

	private final EvidenceStore evidence;

	CalendarBinderSection(Tasks tasks, EvidenceStore evidence) {
		this.tasks = tasks;
		this.evidence = evidence;
	}

	@Override
	public String folder() {
		return "09-calendar";
	}

	@Override
	public String title() {
		return "Compliance calendar history";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		if (!actor.can(Permission.CALENDAR_READ)) {
			return List.of();
		}
		return List.of(new Document("calendar-history.csv",
				"Every task with its due date, basis (law, proposed rule, recommendation), who completed it and "
						+ "when, and its evidence",
				"text/csv", csv(practiceId).getBytes(StandardCharsets.UTF_8)));
	}

	String csv(UUID practiceId) {
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(COLUMNS);
		for (TaskSummary task : this.tasks.history(practiceId)) {
			String files = this.evidence.forOwner(practiceId, EvidenceOwner.of("task", task.id()))
				.stream()
				.map((e) -> e.title() + " (" + e.fileName() + ")")
				.collect(Collectors.joining("; "));
			csv.writeRecord(String.valueOf(task.dueOn()), instant(task.dueAt()), SpreadsheetCells.export(task.title()),
					task.kind().label(), task.source(), task.basisLabel(), SpreadsheetCells.export(task.citation()),
					SpreadsheetCells.export(task.ownerName()), task.repeats(), task.status().label(),
					(task.completedOn() != null) ? task.completedOn().toString() : "",
					SpreadsheetCells.export(task.completedByName()), SpreadsheetCells.export(task.completionNote()),
					SpreadsheetCells.export(files));
		}
		try {
			csv.close();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String instant(Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

}
