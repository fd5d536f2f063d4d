package dev.bulwark.vendors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The vendor pages: views, field errors, flash messages, roles. */
@BulwarkIntegrationTest
class VendorPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Vendors vendors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addingAVendorThatStoresPatientInformationSaysItIsABusinessAssociate() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = VendorFixtures.system(this.jdbc, officer.practiceId(), "Charting server");
		assertThat(this.mvc.get().uri("/vendors/new").with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/form")
			.model()
			.containsKeys("form", "systemChoices", "riskTiers");
		MvcTestResult result = this.mvc.post()
			.uri("/vendors")
			.param("name", "Acme Cloud Backup")
			.param("service", "Online backup")
			.param("maintainsPhi", "true")
			.param("systemIds", ehr.toString())
			.param("riskTier", "HIGH")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "\"Acme Cloud Backup\" was added: Business associate.");
		String location = result.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(location).with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/show")
			.bodyText()
			.contains("Acme Cloud Backup")
			.contains("Charting server")
			.contains("a business associate agreement is required");
		assertThat(this.mvc.get().uri("/vendors").with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/list")
			.bodyText()
			.contains("Acme Cloud Backup")
			.contains("Online backup");
		assertThat(this.mvc.get().uri(location + "/edit").with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/form");
	}

	@Test
	void aFormWithoutNameOrTierComesBackWithEachMessageNextToItsField() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/vendors")
			.param("name", " ")
			.param("riskTier", "")
			.param("contactEmail", "not an address")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk()
			.hasViewName("vendors/form")
			.model()
			.containsKeys("form", "systemChoices", "riskTiers");
		assertThat(FormErrors.fieldErrors(result, "form")).containsOnly(Map.entry("name", "Give the vendor's name."),
				Map.entry("riskTier", "Choose a risk tier."),
				Map.entry("contactEmail", "Give an e-mail address such as privacy@vendor.example."));
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<p class=\"field-error\" id=\"name-error\">Give the vendor&#39;s name.")
			.contains("id=\"riskTier-error\">Choose a risk tier.");
		assertThat(this.vendors.count(officer.practiceId())).isZero();
	}

	@Test
	void aConduitThatStoresInformationIsAFieldErrorOnTheConduitQuestion() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/vendors")
			.param("name", "Encrypted Vault Inc")
			.param("maintainsPhi", "true")
			.param("conduit", "true")
			.param("riskTier", "MEDIUM")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("vendors/form");
		assertThat(FormErrors.fieldErrors(result, "form")).containsOnlyKeys("conduit");
		assertThat(FormErrors.fieldErrors(result, "form").get("conduit"))
			.contains("even encrypted and without the key");
		assertThat(this.vendors.count(officer.practiceId())).isZero();
	}

	@Test
	void anotherPracticesSystemIsRefusedLikeOneThatDoesNotExist() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID theirs = VendorFixtures.system(this.jdbc, other.practiceId(), "Their server");
		MvcTestResult result = this.mvc.post()
			.uri("/vendors")
			.param("name", "Acme")
			.param("transmitsPhi", "true")
			.param("systemIds", theirs.toString())
			.param("riskTier", "LOW")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(FormErrors.fieldErrors(result, "form"))
			.containsOnly(Map.entry("systemIds", "That system does not exist in this practice."));
	}

	@Test
	void anAuditorReadsButCannotAddAndEditedAddressesAnswer400() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		assertThat(this.mvc.get().uri("/vendors/{id}", vendor.id()).with(auditor.signedIn())).hasStatusOk()
			.bodyText()
			.doesNotContain("Edit");
		assertThat(this.mvc.get().uri("/vendors/new").with(auditor.signedIn())).hasStatus(403);
		assertThat(this.mvc.post().uri("/vendors").param("name", "X").with(csrf()).with(auditor.signedIn()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/vendors?page=-1").with(officer.signedIn())).hasStatus(400);
		assertThat(this.mvc.get().uri("/vendors/not-an-id").with(officer.signedIn())).hasStatus(404);
		assertThat(this.mvc.get().uri("/vendors/{id}", UUID.randomUUID()).with(officer.signedIn())).hasStatus(404);
	}

}
