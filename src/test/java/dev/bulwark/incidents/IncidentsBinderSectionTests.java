package dev.bulwark.incidents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.BinderSection.Document;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The incidents part of the audit binder. */
@BulwarkIntegrationTest
class IncidentsBinderSectionTests {

	@Autowired
	TestMembers members;

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentsBinderSection section;

	@Test
	void theRegisterTheAssessmentsAndTheYearsLog() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.section.documents(officer.practiceId(), officer.actor())).isEmpty();
		IncidentFixtures.breach(this.incidents, officer);
		IncidentFixtures.reported(this.incidents, officer, "=HYPERLINK(\"http://x\")");

		List<Document> documents = this.section.documents(officer.practiceId(), officer.actor());

		assertThat(this.section.folder()).isEqualTo("08-incidents");
		assertThat(documents).extracting(Document::fileName)
			.containsExactly("incidents.csv", "breach-assessments.csv", "breach-log-2025.csv");
		assertThat(new String(documents.get(0).content(), StandardCharsets.UTF_8))
			.contains("Visit summaries mailed to the wrong addresses")
			.contains("'=HYPERLINK");
		assertThat(new String(documents.get(1).content(), StandardCharsets.UTF_8))
			.contains("Breach (presumed): notification required");
		assertThat(new String(documents.get(2).content(), StandardCharsets.UTF_8)).startsWith("Breach Start Date,")
			.contains("2025-06-10,12,Unauthorized Access/Disclosure,Paper/Films");
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		assertThat(this.section.documents(officer.practiceId(), staff.actor())).isEmpty();
	}

}
