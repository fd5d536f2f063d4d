package dev.bulwark.evidence;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;
import dev.bulwark.shared.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The evidence panel on the pages of the records evidence is attached to: an asset and a
 * risk (and the others through the same fragment). A file uploaded from the panel comes
 * back to the record's page, listed with a download link, and is kept six years.
 */
@BulwarkIntegrationTest
class EvidencePanelsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAssetsPageListsItsEvidenceAndTakesUploads() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult added = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Front desk PC")
			.param("kind", "WORKSTATION")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(added).hasStatus3xxRedirection();
		String page = added.getMvcResult().getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/inventory/assets/");
		UUID assetId = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

		assertThat(this.mvc.get().uri(page).with(officer.signedIn())).hasStatusOk()
			.model()
			.containsKey("evidencePanel");
		assertThat(upload(officer, "asset", assetId, page, "Disk encryption screenshot")).hasRedirectedUrl(page);
		assertThat(this.mvc.get().uri(page).with(officer.signedIn())).bodyText()
			.contains("Evidence")
			.contains("Disk encryption screenshot");
		assertKeptSixYears(officer, "asset", assetId);
	}

	@Test
	void aRisksPageListsItsEvidenceAndTakesUploads() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(
				new GapsReported(officer.practiceId(), "inventory", List.of(new Gap("evidence-panel-test", null,
						"164.312(a)(2)(iv)", "A laptop stores ePHI unencrypted", "Found by a test.", "/inventory")))));
		UUID riskId = Awaitility.await()
			.until(() -> this.jdbc.sql("select id from asm_risk where practice_id = :p")
				.param("p", officer.practiceId())
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.get();
		String page = "/risks/" + riskId;
		assertThat(this.mvc.get().uri(page).with(officer.signedIn())).hasStatusOk()
			.model()
			.containsKey("evidencePanel");
		assertThat(upload(officer, "risk", riskId, page, "Quote for encrypted laptops")).hasRedirectedUrl(page);
		assertThat(this.mvc.get().uri(page).with(officer.signedIn())).bodyText()
			.contains("Quote for encrypted laptops");
		assertKeptSixYears(officer, "risk", riskId);
	}

	private MvcTestResult upload(TestMember officer, String type, UUID id, String returnTo, String title) {
		return this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(new MockMultipartFile("file", "proof.pdf", "application/pdf", EvidenceFiles.pdf(title)))
			.param("title", title)
			.param("ownerType", type)
			.param("ownerId", id.toString())
			.param("returnTo", returnTo)
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
	}

	private void assertKeptSixYears(TestMember officer, String type, UUID id) {
		List<java.sql.Date[]> dates = this.jdbc
			.sql("select e.created_at, e.retain_until from evd_evidence e join evd_link l on l.practice_id = e.practice_id"
					+ " and l.evidence_id = e.id where e.practice_id = :p and l.owner_type = :t and l.owner_id = :o")
			.param("p", officer.practiceId())
			.param("t", type)
			.param("o", id.toString())
			.query((rs, n) -> new java.sql.Date[] { new java.sql.Date(rs.getTimestamp(1).getTime()), rs.getDate(2) })
			.list();
		assertThat(dates).hasSize(1);
		assertThat(dates.get(0)[1].toLocalDate())
			.isAfterOrEqualTo(dates.get(0)[0].toLocalDate().plusYears(6).minusDays(1));
	}

}
