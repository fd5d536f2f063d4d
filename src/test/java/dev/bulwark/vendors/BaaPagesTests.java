package dev.bulwark.vendors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import dev.bulwark.FormErrors;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Recording a business associate agreement on the pages: the finding, the upload, errors.
 */
@BulwarkIntegrationTest
class BaaPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Vendors vendors;

	@Autowired
	java.time.Clock clock;

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	@Test
	void aSignedAgreementResolvesTheMissingAgreementFindingAndShowsItsRenewal() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		assertThat(this.mvc.get().uri("/vendors").with(officer.signedIn())).bodyText()
			.contains("A business associate has no business associate agreement in effect")
			.contains("No agreement in effect");
		assertThat(this.mvc.get().uri("/vendors/{id}/baas/new", vendor.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/baa-form")
			.bodyText()
			.contains("Tick each term you found in the agreement.")
			.doesNotContain("164.314(a)(2)(i)")
			.doesNotContain("24 hours");
		LocalDate renewal = today().plusYears(2);
		MvcTestResult result = this.mvc.post()
			.uri("/vendors/{id}/baas", vendor.id())
			.multipart()
			.file(new MockMultipartFile("file", "BAA Acme.pdf", "application/pdf", VendorFixtures.pdf("signed")))
			.param("effectiveOn", today().minusDays(3).toString())
			.param("expiresOn", renewal.toString())
			.param("breachWindowDays", "30")
			.param("terms", "safeguards", "subcontractors", "incident-reporting")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "The agreement with \"Acme EHR\" was recorded; renewal due " + renewal
					+ ". Its signed copy is stored encrypted.");
		assertThat(this.mvc.get().uri("/vendors/{id}", vendor.id()).with(officer.signedIn())).bodyText()
			.contains("Current agreement</strong><span>; renewal due " + renewal)
			.contains("BAA Acme.pdf");
		assertThat(this.mvc.get().uri("/vendors").with(officer.signedIn())).bodyText()
			.doesNotContain("no business associate agreement in effect")
			.contains(renewal.toString());
		BaaDetails baa = this.vendors.agreements(officer.practiceId(), vendor.id()).get(0);
		assertThat(this.mvc.get().uri("/vendors/{id}/baas/{baaId}", vendor.id(), baa.id()).with(officer.signedIn()))
			.hasStatusOk()
			.hasViewName("vendors/baa")
			.bodyText()
			.contains("30 days of discovery");
		MvcTestResult download = this.mvc.get()
			.uri("/vendors/{id}/baas/{baaId}/documents/{evidenceId}", vendor.id(), baa.id(),
					baa.documents().get(0).id())
			.with(officer.signedIn())
			.exchange();
		assertThat(download).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(VendorFixtures.pdf("signed"));
	}

	@Test
	void theVendorPagesSpeakPlainlyAndShowTheCitationsInTheAuditorView() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails missing = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		VendorDetails incomplete = this.vendors.add(VendorFixtures.actor(officer),
				VendorFixtures.cloudEhr("Bright Billing"));
		BaaDetails baa = this.vendors.recordAgreement(VendorFixtures.actor(officer), incomplete.id(),
				new BaaUploadForm(today().minusDays(3), today().plusYears(1), 30, java.util.List.of("safeguards"), null,
						new MockMultipartFile("file", "BAA.pdf", "application/pdf", VendorFixtures.pdf("signed"))));
		this.vendors.recordBreach(VendorFixtures.actor(officer), incomplete.id(), VendorFixtures.breach(today()));
		String base = "/vendors/" + incomplete.id();
		java.util.List<String> pages = java.util.List.of("/vendors", "/vendors/new", "/vendors/" + missing.id(),
				"/vendors/" + missing.id() + "/edit", "/vendors/" + missing.id() + "/baas/new", base,
				base + "/baas/" + baa.id(), base + "/baas/" + baa.id() + "/edit", base + "/breaches/new",
				base + "/verifications/new");
		for (String page : pages) {
			PlainWordsPages.assertPlain(html(officer, page));
		}
		assertThat(PlainWordsPages.readerText(html(officer, "/vendors")))
			.contains("A business associate has no business associate agreement in effect")
			.contains("check it for every required term; amend it");
		assertThat(PlainWordsPages.readerText(html(officer, base + "/baas/" + baa.id())))
			.contains("as the breach notification rule requires");

		this.members.showAuditorDetails(officer);
		PlainWordsPages.assertCites(html(officer, "/vendors"), "(164.308(b)(1))");
		PlainWordsPages.assertCites(html(officer, "/vendors/" + missing.id()), "164.308(b)(1)");
		PlainWordsPages.assertCites(html(officer, base + "/baas/" + baa.id()), "Terms (164.314(a)(2)(i))");
		PlainWordsPages.assertCites(html(officer, base + "/baas/" + baa.id()), "as 164.410 requires");
		PlainWordsPages.assertCites(html(officer, "/vendors/" + missing.id() + "/baas/new"), "164.314(a)(2)(i)");
		PlainWordsPages.assertCites(html(officer, base + "/breaches/new"), "164.504(e)(1)(ii)");
		PlainWordsPages.assertCites(html(officer, base + "/verifications/new"), "(164.312(d))");
	}

	private String html(TestMember member, String page) throws Exception {
		MvcTestResult result = this.mvc.get().uri(page).with(member.signedIn()).exchange();
		assertThat(result).as(page).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aWindowOverSixtyDaysAndAMissingFileAreRefusedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		MvcTestResult result = this.mvc.post()
			.uri("/vendors/{id}/baas", vendor.id())
			.multipart()
			.param("effectiveOn", today().toString())
			.param("expiresOn", today().minusDays(1).toString())
			.param("breachWindowDays", "90")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("vendors/baa-form");
		assertThat(FormErrors.fieldErrors(result, "form")).containsOnly(Map.entry("breachWindowDays",
				"The rule allows at most 60 days after discovery (164.410); agree on 60 or fewer."));
		MvcTestResult noFile = this.mvc.post()
			.uri("/vendors/{id}/baas", vendor.id())
			.multipart()
			.param("effectiveOn", today().toString())
			.param("expiresOn", today().minusDays(1).toString())
			.param("breachWindowDays", "60")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(FormErrors.fieldErrors(noFile, "form")).containsOnly(
				Map.entry("expiresOn", "The agreement cannot end before it takes effect."),
				Map.entry("file", "Choose the signed agreement to upload."));
		assertThat(noFile.getResponse().getContentAsString()).contains("id=\"file-error\">Choose the signed agreement");
		assertThat(this.vendors.agreements(officer.practiceId(), vendor.id())).isEmpty();
	}

}
