package dev.bulwark.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.Permission;

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
		CsvTable incidents = CsvTable.of("Id", "Happened on", "Reported by", "Reported at (UTC)", "Type", "Status",
				"Assessment", "What happened");
		for (IncidentSummary i : all) {
			incidents.row(i.id(), i.happenedOn(), i.reportedByName(), i.reportedAt(), i.typeLabel(), i.status().label(),
					(i.conclusion() != null) ? i.conclusion().label() : "Not assessed", i.what());
		}
		documents.add(new Document("incidents.csv", "Every incident reported, with its type, status and assessment",
				"text/csv", incidents.bytes()));
		List<BreachAssessment> assessments = this.incidents.allAssessments(practiceId);
		if (!assessments.isEmpty()) {
			CsvTable table = CsvTable.of("Incident", "Exception", "Exception reasoning", "Secured", "Secured reasoning",
					"Factor 1: nature and extent", "Factor 2: unauthorized person", "Factor 3: acquired or viewed",
					"Factor 4: mitigation", "Conclusion", "Decided by", "Decided at (UTC)");
			for (BreachAssessment a : assessments) {
				AssessmentForm f = a.answers();
				table.row(a.incidentId(), f.exceptionKind().label(), f.exceptionReasoning(), f.secured() ? "Yes" : "No",
						f.securedReasoning(), f.factorNature(), f.factorRecipient(), f.factorAcquired(),
						f.factorMitigation(), a.conclusion().label(), a.decidedByName(), a.decidedAt());
			}
			documents.add(new Document("breach-assessments.csv",
					"Breach assessments: exceptions, secured PHI, the four factors, conclusion, who decided and when",
					"text/csv", table.bytes()));
		}
		TreeSet<Integer> years = new TreeSet<>();
		this.incidents.allBreaches(practiceId)
			.stream()
			.filter((view) -> !view.deadlines().hhsWithIndividuals())
			.forEach((view) -> years.add(view.breach().discoveredOn().getYear()));
		for (int year : years) {
			documents.add(new Document("breach-log-" + year + ".csv",
					"Breaches of fewer than 500 people discovered in " + year + ", in the HHS portal's columns",
					"text/csv", BreachLog.csv(this.incidents.yearLog(practiceId, year))));
		}
		return documents;
	}

}
