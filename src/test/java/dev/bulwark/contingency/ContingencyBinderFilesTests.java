package dev.bulwark.contingency;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.BinderSection.Document;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The contingency part of the audit binder holds each restore test's evidence itself. */
@BulwarkIntegrationTest
class ContingencyBinderFilesTests {

	@Autowired
	TestMembers members;

	@Autowired
	Contingency contingency;

	@Autowired
	ContingencyBinder binder;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theSectionHoldsTheRestoreTestsEvidenceFiles() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = ContingencyFixtures.system(this.jdbc, officer.practiceId(), "EHR server", true);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		RestoreTestDetails test = this.contingency.recordRestoreTest(ContingencyFixtures.actor(officer),
				new RestoreTestForm(ehr, today.minusDays(2), "Ten charts", 45, RestoreOutcome.SUCCEEDED, "Ivy", null));
		byte[] report = "Restore report: 10 of 10 charts opened".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.evidence.storeFor(ContingencyFixtures.actor(officer), EvidenceOwner.of("restore-test", test.id()),
				EvidenceForm.titled("Restore report"), EvidenceContent.of("restore-report.txt", report));

		List<Document> documents = this.binder.documents(officer.practiceId(), ContingencyFixtures.actor(officer));
		assertThat(documents).extracting(Document::fileName)
			.contains("backup-register.csv", "restore-tests.csv", "criticality.csv");
		assertThat(documents).filteredOn((d) -> d.fileName().endsWith("restore-report.txt"))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.content()).isEqualTo(report);
				assertThat(d.description()).contains("EHR server").contains(test.performedOn().toString());
			});
	}

}
