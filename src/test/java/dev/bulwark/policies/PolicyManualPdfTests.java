package dev.bulwark.policies;

import java.time.LocalDate;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.policies.PolicyFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy manual and a single policy as PDF, read back with PDFBox: cover, contents
 * with page numbers, every policy in effect with its version, approval and effective
 * dates, drafts left out, fonts embedded.
 */
@BulwarkIntegrationTest
class PolicyManualPdfTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	PolicyService service;

	@Autowired
	MutableClock clock;

	@Test
	void theManualHasACoverContentsAndEveryPolicyInEffectWithItsDates() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), actor.zone());
		DocumentDetails sanctions = PolicyFixtures.published(this.service, actor, "sanctions", today);
		PolicyFixtures.republished(this.service, actor, sanctions.id(), "## Purpose\n\nSecond version <b>text</b>.",
				today, true);
		PolicyFixtures.published(this.service, actor, "breach-notification", today);
		this.service.adopt(actor, new AdoptForm("integrity", null));

		MvcTestResult result = this.mvc.get().uri("/policies/manual.pdf").with(officer.signedIn()).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(officer.practiceName())
				.contains("Policy manual")
				.contains("Security officer Test Security officer")
				.contains("Contents")
				.contains("Breach notification, version 1 (page ")
				.contains("Sanctions for breaking security rules, version 2 (page ")
				.contains("Policy, version 2 (In effect)")
				.contains("Approved " + today + " by Test Security officer")
				.contains("In effect from " + today)
				.contains("Second version <b>text</b>.")
				.contains("no later than 60 calendar days after discovery")
				.contains("164.404(b)")
				.doesNotContain("Integrity of patient information")
				.doesNotContain("{{");
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void oneDocumentPrintsTheChosenVersionWithItsState() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		DocumentDetails draft = this.service.adopt(actor, new AdoptForm("evaluation", null));
		MvcTestResult result = this.mvc.get()
			.uri("/policies/{id}/pdf?version={v}", draft.id(), draft.versions().get(0).id())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk()
			.headers()
			.hasValue("Content-Disposition", "attachment; filename=\"evaluation-of-our-security-program-v1.pdf\"");
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Evaluation of our security program")
				.contains("Not in effect: Draft")
				.contains("Not approved")
				.doesNotContain("Contents");
		}
	}

}
