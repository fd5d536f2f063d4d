package dev.bulwark.incidents;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Incidents made through the facade for the integration tests. */
final class IncidentFixtures {

	private IncidentFixtures() {
	}

	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, ZoneOffset.UTC);
	}

	static UUID reported(Incidents incidents, TestMember member, String what) {
		return incidents.report(actor(member), new ReportForm(what, LocalDate.of(2025, 6, 10), null, "Front desk"));
	}

	/** An incident assessed as a breach, with its breach recorded (12 people in CA). */
	static UUID breach(Incidents incidents, TestMember officer) {
		UUID id = reported(incidents, officer, "Visit summaries mailed to the wrong addresses");
		incidents.triage(actor(officer), id, new TriageForm(IncidentType.MISDIRECTED_PHI, IncidentStatus.INVESTIGATING,
				true, null, null, null, null));
		incidents.assess(actor(officer), id, AssessmentForm.blank());
		incidents.recordBreach(actor(officer), id, BreachTests.form("2025-06-10", 12, 0, "CA: 12"));
		return id;
	}

	static long audited(JdbcClient jdbc, TestMember member, String action, UUID incidentId) {
		return jdbc.sql("select count(*) from audit_entry where practice_id = :p and action = :a and object_id = :o")
			.param("p", member.practiceId())
			.param("a", action)
			.param("o", incidentId.toString())
			.query(Long.class)
			.single();
	}

}
