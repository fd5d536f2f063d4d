package dev.bulwark.policies;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection.Document;
import dev.bulwark.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.bulwark.policies.PolicyFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** Policies in the audit binder: the manual, every version, every acknowledgement. */
@BulwarkIntegrationTest
class PolicyBinderSectionTests {

	@Autowired
	PolicyBinderSection section;

	@Autowired
	PolicyService service;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Test
	void aPracticeWithoutPoliciesHasAnEmptySection() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.section.documents(officer.practiceId(), actor(officer))).isEmpty();
	}

	@Test
	void theManualVersionsAndAcknowledgementsAreIncluded() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		Actor actor = actor(officer);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), actor.zone());
		DocumentDetails sanctions = PolicyFixtures.published(this.service, actor, "sanctions", today);
		PolicyFixtures.republished(this.service, actor, sanctions.id(), "## Purpose\n\nSecond version.", today, true);

		Map<String, Document> files = this.section.documents(officer.practiceId(), actor)
			.stream()
			.collect(Collectors.toMap(Document::fileName, (d) -> d));

		assertThat(files).containsOnlyKeys("policy-manual.pdf", "versions.csv", "acknowledgements.csv");
		try (PDDocument pdf = Loader.loadPDF(files.get("policy-manual.pdf").content())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(sanctions.title());
		}
		List<String> versions = csv(files.get("versions.csv"));
		assertThat(versions.get(0)).startsWith("document,kind,citations,version,status");
		assertThat(versions).hasSize(3)
			.anySatisfy((row) -> assertThat(row).startsWith(sanctions.title()).contains(",1,"))
			.anySatisfy((row) -> assertThat(row).startsWith(sanctions.title()).contains(",2,"));
		List<String> acknowledgements = csv(files.get("acknowledgements.csv"));
		assertThat(acknowledgements).anySatisfy((row) -> assertThat(row).startsWith(sanctions.title())
			.contains(staff.displayName())
			.endsWith("true,false"));
	}

	private static List<String> csv(Document document) {
		return new String(document.content(), StandardCharsets.UTF_8).lines().toList();
	}

}
