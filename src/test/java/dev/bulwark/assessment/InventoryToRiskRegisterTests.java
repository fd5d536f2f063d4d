package dev.bulwark.assessment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory feeds the risk register without retyping, end to end through the API and
 * the gap contract: an unencrypted laptop holding patient information becomes a proposed
 * risk in the current assessment once the inventory's change has committed; more such
 * laptops do not multiply it (the proposal names them); encrypting them all withdraws it.
 */
@BulwarkIntegrationTest
class InventoryToRiskRegisterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Test
	void anUnencryptedLaptopBecomesOneProposedRiskAfterCommitAndEncryptionWithdrawsIt() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		UUID assessmentId = AssessmentFixtures.start(this.assessments, officer).id();

		String first = createLaptop(token, "Front desk laptop", "NO");
		RiskDetails proposed = awaitInventoryRisk(officer, (risk) -> risk.status() == RiskStatus.PROPOSED);
		assertThat(proposed.assessmentId()).isEqualTo(assessmentId);
		assertThat(proposed.source()).isEqualTo(RiskSource.INVENTORY);
		assertThat(proposed.title())
			.isEqualTo("A laptop, phone or removable medium holding patient information is not encrypted");
		assertThat(proposed.assets()).contains("Front desk laptop");
		assertThat(proposed.sourceLink()).isEqualTo("/inventory/assets/" + first);
		assertThat(proposed.vulnerabilityKey()).as("matched in the catalog by its citation").isNotNull();
		assertThat(proposed.tasks()).as("the catalog's remediation steps").isNotEmpty();

		createLaptop(token, "Hygienist laptop", "NO");
		RiskDetails two = awaitInventoryRisk(officer, (risk) -> risk.title().startsWith("2 laptops"));
		assertThat(two.id()).as("one risk per kind of gap, however many laptops").isEqualTo(proposed.id());
		assertThat(two.assets()).contains("Front desk laptop", "Hygienist laptop");
		assertThat(this.risks.unaudited(officer.practiceId(), RiskFilter.none()).risks())
			.filteredOn((risk) -> risk.source() == RiskSource.INVENTORY)
			.extracting(RiskDetails::title)
			.as("the overdue inventory review is not a risk")
			.noneMatch((title) -> title.contains("review"));

		updateLaptop(token, first, "Front desk laptop", "YES");
		awaitInventoryRisk(officer, (risk) -> risk.title().startsWith("A laptop"));
		String list = this.mvc.get()
			.uri("/api/v1/assets?q=Hygienist")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.getResponse()
			.getContentAsString();
		List<String> ids = com.jayway.jsonpath.JsonPath.read(list, "$..[?(@.name == 'Hygienist laptop')].id");
		assertThat(ids).hasSize(1);
		updateLaptop(token, ids.get(0), "Hygienist laptop", "YES");
		RiskDetails withdrawn = awaitInventoryRisk(officer, (risk) -> risk.status() == RiskStatus.WITHDRAWN);
		assertThat(withdrawn.id()).as("every laptop encrypted: the proposal is withdrawn").isEqualTo(proposed.id());
	}

	/** The listener runs after commit on its own thread: wait for it, never sleep. */
	private RiskDetails awaitInventoryRisk(TestMember officer, Predicate<RiskDetails> condition) {
		AtomicReference<RiskDetails> found = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<RiskDetails> risks = this.risks
				.unaudited(officer.practiceId(), new RiskFilter(null, null, null, null, true))
				.risks()
				.stream()
				.filter((risk) -> risk.source() == RiskSource.INVENTORY)
				.filter((risk) -> risk.citations().contains("164.312(a)(2)(iv)"))
				.toList();
			assertThat(risks).hasSize(1).allMatch(condition);
			found.set(risks.get(0));
		});
		return found.get();
	}

	@Test
	void theReportShowsTheInventoryLiveWhileDraftAndAsSignedOffAfterwards(@Autowired InventorySnapshots snapshots)
			throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		UUID assessmentId = AssessmentFixtures.start(this.assessments, officer).id();
		createLaptop(token, "Reception laptop", "NO");

		byte[] pdf = this.mvc.get()
			.uri("/api/v1/assessments/{id}/report.pdf", assessmentId)
			.header("Authorization", "Bearer " + token)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Systems and data flows (from the inventory)")
				.contains("Systems and devices recorded 1")
				.contains("Reception laptop")
				.contains("164.312(a)(2)(iv)");
		}

		// Frozen at sign-off: later inventory changes do not reach the signed-off report.
		snapshots.freeze(officer.practiceId(), assessmentId, java.time.Instant.now());
		createLaptop(token, "Laptop bought later", "NO");
		var frozen = snapshots.forReport(officer.practiceId(), assessmentId, true);
		assertThat(frozen.assets()).isEqualTo(1);
		assertThat(frozen.findings()).noneMatch((f) -> f.title().contains("bought later"));
		assertThat(frozen.diagramSvg()).contains("Reception laptop").doesNotContain("bought later");
		assertThat(snapshots.forReport(officer.practiceId(), assessmentId, false).assets()).isEqualTo(2);
	}

	private String createLaptop(String token, String name, String encryption) throws Exception {
		var result = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(laptop(name, encryption))
			.exchange();
		assertThat(result).hasStatus(201);
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private void updateLaptop(String token, String id, String name, String encryption) {
		assertThat(this.mvc.put()
			.uri("/api/v1/assets/{id}", id)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(laptop(name, encryption))).hasStatusOk();
	}

	private static String laptop(String name, String encryption) {
		return """
				{"name": "%s", "kind": "LAPTOP", "ephi": "STORES", "encryption": "%s", "backedUp": "YES",
				 "mfa": "YES", "patchStatus": "CURRENT", "antiMalware": "YES", "status": "IN_USE"}""".formatted(name,
				encryption);
	}

}
