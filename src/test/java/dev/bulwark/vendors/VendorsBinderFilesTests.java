package dev.bulwark.vendors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.BinderSection.Document;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendors' part of the audit binder holds the signed agreements and the vendors'
 * certifications themselves, decrypted from the evidence store, beside the registers.
 */
@BulwarkIntegrationTest
class VendorsBinderFilesTests {

	@Autowired
	TestMembers members;

	@Autowired
	Vendors vendors;

	@Autowired
	VendorsBinder binder;

	@Autowired
	java.time.Clock clock;

	@Test
	void theSectionHoldsTheCurrentSignedAgreementAndCertificationFiles() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		this.vendors.recordAgreement(VendorFixtures.actor(officer), vendor.id(),
				VendorFixtures.agreement(today.minusDays(1), today.plusYears(1), "signed-baa.pdf"));
		this.vendors.recordVerification(VendorFixtures.actor(officer), vendor.id(),
				VendorFixtures.verification(today, "acme-cert.pdf"));
		this.vendors.recordBreach(VendorFixtures.actor(officer), vendor.id(), VendorFixtures.breach(today));

		List<Document> documents = this.binder.documents(officer.practiceId(), VendorFixtures.actor(officer));
		assertThat(documents).extracting(Document::fileName)
			.contains("vendors.csv", "business-associate-agreements.csv", "safeguards-verifications.csv",
					"material-breaches.csv");
		assertThat(documents).filteredOn((d) -> d.fileName().endsWith("signed-baa.pdf"))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.mediaType()).isEqualTo("application/pdf");
				assertThat(d.content()).isEqualTo(VendorFixtures.pdf("signed"));
				assertThat(d.description()).contains("Acme EHR").contains("SHA-256");
			});
		assertThat(documents).filteredOn((d) -> d.fileName().endsWith("acme-cert.pdf"))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.content()).isEqualTo(VendorFixtures.pdf("certified"));
				assertThat(d.description()).contains("proposed rule");
			});
		assertThat(documents).filteredOn((d) -> d.fileName().equals("material-breaches.csv"))
			.singleElement()
			.satisfies((d) -> assertThat(new String(d.content(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("Sends unencrypted exports by e-mail")
				.contains("Steps to cure or end it are under way"));
	}

}
