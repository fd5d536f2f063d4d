package dev.bulwark.assessment;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The risk analysis's part of the audit binder: the latest signed-off report (PDF, as
 * signed), and the living risk register and treatment plan as CSV. The binder records the
 * export, so the report's rendering here writes no "report downloaded" entry.
 */
@Component
class RiskAnalysisBinderSection implements BinderSection {

	private final AssessmentRepository repository;

	private final Assessments assessments;

	private final Risks risks;

	private final ReportRenderer renderer;

	RiskAnalysisBinderSection(AssessmentRepository repository, Assessments assessments, Risks risks,
			ReportRenderer renderer) {
		this.repository = repository;
		this.assessments = assessments;
		this.risks = risks;
		this.renderer = renderer;
	}

	@Override
	public String folder() {
		return "01-risk-analysis";
	}

	@Override
	public String title() {
		return "Security risk analysis, risk register and treatment plan";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		List<Document> documents = new ArrayList<>();
		Optional<AssessmentRow> signed = this.repository.list(practiceId)
			.stream()
			.filter((row) -> row.status() == AssessmentStatus.SIGNED_OFF)
			.findFirst();
		signed.ifPresent((row) -> documents
			.add(new Document("risk-analysis.pdf", "\"" + row.title() + "\", the latest signed-off risk analysis",
					"application/pdf", this.renderer.render(this.assessments.reportModel(practiceId, row.id())))));
		List<RiskDetails> register = this.risks.unaudited(practiceId, RiskFilter.none()).risks();
		if (register.isEmpty()) {
			return documents;
		}
		StringWriter registerCsv = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(registerCsv);
		csv.writeRecord("title", "level", "likelihood", "impact", "status", "treatment", "owner", "due", "sources",
				"citations", "rating_rationale");
		for (RiskDetails risk : register) {
			csv.writeRecord(SpreadsheetCells.export(risk.title()), risk.level().label(), risk.likelihood().label(),
					risk.impact().label(), risk.status().label(),
					(risk.treatment() != null) ? risk.treatment().label() : "",
					SpreadsheetCells.export(risk.ownerName()),
					(risk.dueDate() != null) ? risk.dueDate().toString() : "",
					SpreadsheetCells.export(risk.sourcesText()), String.join(" ", risk.citations()),
					SpreadsheetCells.export(risk.ratingRationale()));
		}
		documents.add(new Document("risk-register.csv", "The risk register as it stands", "text/csv",
				bytes(csv, registerCsv)));
		StringWriter planCsv = new StringWriter();
		CsvWriter plan = CsvWriter.builder().build(planCsv);
		plan.writeRecord("risk", "level", "task", "owner", "due", "done");
		for (RiskDetails risk : register) {
			if (!risk.current() || risk.status() == RiskStatus.ACCEPTED) {
				continue;
			}
			for (TreatmentTask task : risk.tasks()) {
				plan.writeRecord(SpreadsheetCells.export(risk.title()), risk.level().label(),
						SpreadsheetCells.export(task.title()), SpreadsheetCells.export(task.ownerName()),
						(task.dueDate() != null) ? task.dueDate().toString() : "",
						task.done() ? "Done " + task.doneAt() : "Not done");
			}
		}
		documents.add(new Document("treatment-plan.csv", "Every task of the current risks to treat", "text/csv",
				bytes(plan, planCsv)));
		return documents;
	}

	private static byte[] bytes(CsvWriter csv, StringWriter out) {
		try {
			csv.flush();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
