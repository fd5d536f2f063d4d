package dev.bulwark.incidents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The incidents part of the audit binder: the incident register, the breach assessments
 * with their reasoning, and each year's breach log in the HHS portal's columns.
 */
@Component
class IncidentsBinderSection implements BinderSection {

	private final Incidents incidents;

	IncidentsBinderSection(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public String folder() {
		return "08-incidents";
	}

	@Override
	public String title() {
		return "Security incidents and breaches";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		if (!actor.can(Permission.INCIDENTS_READ)) {
			return List.of();
		}
		List<IncidentSummary> all = this.incidents.allIncidents(practiceId);
		if (all.isEmpty()) {
			return List.of();
		}
		List<Document> documents = new ArrayList<>();
		documents.add(csv("incidents.csv", "Every incident reported, with its type, status and assessment", (csv) -> {
			csv.writeRecord("Id", "Happened on", "Reported by", "Reported at (UTC)", "Type", "Status", "Assessment",
					"What happened");
			for (IncidentSummary i : all) {
				csv.writeRecord(i.id().toString(), i.happenedOn().toString(), cell(i.reportedByName()),
						i.reportedAt().toString(), i.typeLabel(), i.status().label(),
						(i.conclusion() != null) ? i.conclusion().label() : "Not assessed", cell(i.what()));
			}
		}));
		List<BreachAssessment> assessments = this.incidents.allAssessments(practiceId);
		if (!assessments.isEmpty()) {
			documents.add(csv("breach-assessments.csv",
					"Breach assessments: exceptions, secured PHI, the four factors, conclusion, who decided and when",
					(csv) -> {
						csv.writeRecord("Incident", "Exception", "Exception reasoning", "Secured", "Secured reasoning",
								"Factor 1: nature and extent", "Factor 2: unauthorized person",
								"Factor 3: acquired or viewed", "Factor 4: mitigation", "Conclusion", "Decided by",
								"Decided at (UTC)");
						for (BreachAssessment a : assessments) {
							AssessmentForm f = a.answers();
							csv.writeRecord(a.incidentId().toString(), f.exceptionKind().label(),
									cell(f.exceptionReasoning()), f.secured() ? "Yes" : "No",
									cell(f.securedReasoning()), cell(f.factorNature()), cell(f.factorRecipient()),
									cell(f.factorAcquired()), cell(f.factorMitigation()), a.conclusion().label(),
									cell(a.decidedByName()), a.decidedAt().toString());
						}
					}));
		}
		TreeSet<Integer> years = new TreeSet<>();
		this.incidents.allBreaches(practiceId)
			.stream()
			.filter((view) -> !view.deadlines().hhsWithIndividuals())
			.forEach((view) -> years.add(view.breach().discoveredOn().getYear()));
		for (int year : years) {
			StringWriter out = new StringWriter();
			try {
				BreachLog.write(this.incidents.yearLog(practiceId, year), out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			documents.add(new Document("breach-log-" + year + ".csv",
					"Breaches of fewer than 500 people discovered in " + year + ", in the HHS portal's columns",
					"text/csv", out.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return documents;
	}

	private static String cell(String value) {
		return SpreadsheetCells.export(Objects.requireNonNullElse(value, ""));
	}

	private static Document csv(String name, String description, java.util.function.Consumer<CsvWriter> rows) {
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(out);
		rows.accept(csv);
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Document(name, description, "text/csv", out.toString().getBytes(StandardCharsets.UTF_8));
	}

}
